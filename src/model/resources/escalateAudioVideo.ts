import type { AudioVideoInvitation } from './audioVideoInvitation.js';

/**
 * Operation that moves a two-party audio and video call into a conference.
 * The POST carries an SDP offer covering both media and returns (201) the
 * audioVideoInvitation that tracks the escalation, which is what this type
 * describes.
 * @ucwaKind resource
 * @ucwaPage escalateAudioVideo
 */
export type EscalateAudioVideo = AudioVideoInvitation;

/**
 * Body of `POST escalateAudioVideo`: the SDP offer, with audio and video.
 * @ucwaKind request
 * @ucwaPage escalateAudioVideo
 * @ucwaOperation POST
 * @ucwaContentType application/sdp
 */
export type EscalateAudioVideoPostInput = string;
