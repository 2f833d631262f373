import type { Link } from '../base.js';

/**
 * Action link on an incoming invitation whose media needs SDP (audio/video, application
 * sharing): the client POSTs its SDP answer to take the call.
 * @ucwaKind resource
 * @ucwaPage acceptWithAnswer
 */
export interface AcceptWithAnswer {
  rel?: 'acceptWithAnswer';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST acceptWithAnswer`: the raw SDP answer (the page lists it as an `sdp`
 * byte array; on the wire it is the SDP text itself).
 * @ucwaKind request
 * @ucwaPage acceptWithAnswer
 * @ucwaOperation POST
 * @ucwaContentType application/sdp
 */
export type AcceptWithAnswerPostInput = string;
