import type { Link } from '../base.js';
import type { CallDeclineReason } from '../enums.js';

/**
 * Action that turns down an incoming invitation (messaging, phone audio or
 * online meeting), so that the invitation ends as declined.
 * @ucwaKind resource
 * @ucwaPage decline
 */
export interface Decline {
  rel?: 'decline';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST decline`: optionally, why the invitation is turned down and
 * whether for this application only or for all of the user's endpoints.
 * @ucwaKind request
 * @ucwaPage decline
 * @ucwaOperation POST
 */
export interface DeclinePostInput {
  /** Scope or cause of the decline. */
  reason?: CallDeclineReason;
}
