import type { Link } from '../base.js';
import type { Availability, PreferredAvailability } from '../enums.js';

/**
 * The signed-in user's availability and activity; the user can set their
 * availability by posting here.
 * @ucwaKind resource
 * @ucwaPage presence
 */
export interface Presence {
  rel?: 'presence';
  /** Current activity text, in the application's locale. */
  activity?: string;
  availability?: Availability;
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST presence`: sets the availability the user chose.
 * @ucwaKind request
 * @ucwaPage presence
 * @ucwaOperation POST
 */
export interface PresencePostInput {
  availability?: PreferredAvailability;
}
