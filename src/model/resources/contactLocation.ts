import type { Link } from '../base.js';

/**
 * Where a contact says they are, as free text; it changes whenever the contact updates it.
 * @ucwaKind resource
 * @ucwaPage contactLocation
 */
export interface ContactLocation {
  rel?: 'contactLocation';
  /** Free-text location of the contact. */
  location?: string;
  _links?: {
    self?: Link;
  };
}
