import type { Link } from '../base.js';

/**
 * The participants of an online meeting who hold the attendee role.
 * @ucwaKind resource
 * @ucwaPage attendees
 */
export interface Attendees {
  rel?: 'attendees';
  _links?: {
    self?: Link;
    participant?: Link[];
  };
}
