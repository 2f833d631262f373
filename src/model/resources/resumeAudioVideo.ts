import type { Link } from '../base.js';

/**
 * Operation that renegotiates the media of a held call to bring its audio and video back; the answer
 * arrives as a renegotiation.
 * @ucwaKind resource
 * @ucwaPage resumeAudioVideo
 */
export interface ResumeAudioVideo {
  rel?: 'resumeAudioVideo';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST resumeAudioVideo`: the SDP offer itself, sent as `application/sdp` (the page's
 * `sdp` parameter, typed "Array of Byte", is the raw body).
 * @ucwaKind request
 * @ucwaPage resumeAudioVideo
 * @ucwaOperation POST
 * @ucwaContentType application/sdp
 */
export type ResumeAudioVideoPostInput = string;
