import type { Link } from '../base.js';
import type { ReNegotiationDeclineReason } from '../enums.js';

/**
 * Capability to turn down a media renegotiation offered by the remote side.
 * A POST answers 204 with no body; the resource has no representation of
 * its own.
 * @ucwaKind resource
 * @ucwaPage dismiss
 */
export interface Dismiss {
  rel?: 'dismiss';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST dismiss`: why the renegotiation is refused.
 * @ucwaKind request
 * @ucwaPage dismiss
 * @ucwaOperation POST
 */
export interface DismissPostInput {
  /** Reason code sent back to the remote side. */
  reason?: ReNegotiationDeclineReason;
}
