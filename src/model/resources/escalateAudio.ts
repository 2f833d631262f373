import type { AudioVideoInvitation } from './audioVideoInvitation.js';

/**
 * Operation that moves a two-party audio call into a conference. The POST
 * carries an SDP offer for audio and returns (201) the audioVideoInvitation
 * that tracks the escalation, which is what this type describes.
 * @ucwaKind resource
 * @ucwaPage escalateAudio
 */
export type EscalateAudio = AudioVideoInvitation;

/**
 * Body of `POST escalateAudio`: the SDP offer for the audio stream.
 * @ucwaKind request
 * @ucwaPage escalateAudio
 * @ucwaOperation POST
 * @ucwaContentType application/sdp
 */
export type EscalateAudioPostInput = string;
