import type { Link } from '../base.js';
import type { ErrorCode, ErrorSubcode } from '../enums.js';

/**
 * Why a request failed: the body of an error response. Clients never ask
 * for it; it arrives with failures (and in failed operation events).
 * @ucwaKind resource
 * @ucwaPage reason
 */
export interface Reason {
  rel?: 'reason';
  code?: ErrorCode;
  /** Finer cause; servers may add new subcodes at any time. */
  subcode?: ErrorSubcode;
  /** Human-readable explanation. */
  message?: string;
  _links?: {
    self?: Link;
  };
}
