import type { Link } from '../base.js';

/**
 * Link of an incoming audio/video invitation that lets the application send a provisional SDP answer
 * for early media.
 * @ucwaKind resource
 * @ucwaPage sendProvisionalAnswer
 */
export interface SendProvisionalAnswer {
  rel?: 'sendProvisionalAnswer';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST sendProvisionalAnswer`: the provisional SDP answer itself, sent as `application/sdp`.
 * @ucwaKind request
 * @ucwaPage sendProvisionalAnswer
 * @ucwaOperation POST
 * @ucwaContentType application/sdp
 */
export type SendProvisionalAnswerPostInput = string;
