import type { Link } from '../base.js';

/**
 * Operation that renegotiates the media of a held call to bring its audio back; the answer arrives as a
 * renegotiation.
 * @ucwaKind resource
 * @ucwaPage resumeAudio
 */
export interface ResumeAudio {
  rel?: 'resumeAudio';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST resumeAudio`: the SDP offer itself, sent as `application/sdp` (the page's
 * `sdp` parameter, typed "Array of Byte", is the raw body).
 * @ucwaKind request
 * @ucwaPage resumeAudio
 * @ucwaOperation POST
 * @ucwaContentType application/sdp
 */
export type ResumeAudioPostInput = string;
