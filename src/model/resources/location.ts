import type { Link } from '../base.js';

/**
 * Where the user says they are, as free text; updated whenever the user
 * changes it.
 * @ucwaKind resource
 * @ucwaPage location
 */
export interface Location {
  rel?: 'location';
  /** Free-text description of the user's whereabouts. */
  location?: string;
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST location`: publishes a new location text.
 * @ucwaKind request
 * @ucwaPage location
 * @ucwaOperation POST
 */
export interface LocationPostInput {
  /**
   * Free-text description of the user's whereabouts.
   * @maxLength 60
   */
  location?: string;
}
