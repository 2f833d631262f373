import type { Link } from '../base.js';

/**
 * Action link on an incoming audio/video or application-sharing renegotiation that accepts
 * the renegotiated media. POST, no body.
 * @ucwaKind resource
 * @ucwaPage answer
 */
export interface Answer {
  rel?: 'answer';
  _links?: {
    self?: Link;
  };
}
