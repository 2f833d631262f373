import type { Link } from '../base.js';

/**
 * Action link on one of the user's phone resources that replaces or clears its number
 * (the server normalizes what it gets), and can set its visibility at the same time.
 * @ucwaKind resource
 * @ucwaPage changeNumber
 */
export interface ChangeNumber {
  rel?: 'changeNumber';
  _links?: {
    self?: Link;
  };
}

/**
 * Parameters of `POST changeNumber`.
 * @ucwaKind request
 * @ucwaPage changeNumber
 * @ucwaOperation POST
 */
export interface ChangeNumberPostInput {
  /** Whether other contacts may see this number. */
  includeInContactCard?: boolean;
  /**
   * The new number; empty or absent deletes the stored one.
   * @maxLength 80
   */
  number?: string;
}
