import type { AudioVideo } from './audioVideo.js';

/**
 * The audio-video modality of a derived conversation: when someone other than
 * the original remote participant answers an added modality, the modality
 * lives on in a new conversation. Same resource as audioVideo.
 * @ucwaKind resource
 * @ucwaPage derivedAudioVideo
 */
export type DerivedAudioVideo = AudioVideo;
