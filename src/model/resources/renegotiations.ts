import type { Link } from '../base.js';

/**
 * The renegotiations of an audio/video session. Posting an SDP offer here
 * starts a new media negotiation; the server answers with the
 * audioVideoRenegotiation it created.
 * @ucwaKind resource
 * @ucwaPage renegotiations
 */
export interface Renegotiations {
  rel?: 'renegotiations';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST renegotiations`: the SDP offer itself, sent as
 * `application/sdp` (the operation ID goes in the query string).
 * @ucwaKind request
 * @ucwaPage renegotiations
 * @ucwaOperation POST
 * @ucwaContentType application/sdp
 */
export type RenegotiationsPostInput = string;
