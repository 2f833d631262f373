import type { Link } from '../base.js';

/**
 * Action link on one of the user's phone resources that shows or hides the number from
 * other contacts.
 * @ucwaKind resource
 * @ucwaPage changeVisibility
 */
export interface ChangeVisibility {
  rel?: 'changeVisibility';
  _links?: {
    self?: Link;
  };
}

/**
 * Parameters of `POST changeVisibility`.
 * @ucwaKind request
 * @ucwaPage changeVisibility
 * @ucwaOperation POST
 */
export interface ChangeVisibilityPostInput {
  /** Whether other contacts may see this number. */
  includeInContactCard?: boolean;
}
