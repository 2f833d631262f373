import type { AudioVideo } from './audioVideo.js';

/**
 * The audio/video modality that an invitation will take the place of once
 * it succeeds; the server sends the audioVideo resource itself.
 * @ucwaKind resource
 * @ucwaPage replacesAudioVideo
 */
export type ReplacesAudioVideo = AudioVideo;
