import type { Link } from '../base.js';
import type { CallState, VideoSourcesAllowed } from '../enums.js';

/**
 * A conversation's audio/video modality: its state, and the operations to add, stop,
 * escalate or replace audio and video in the conversation.
 * @ucwaKind resource
 * @ucwaPage audioVideo
 */
export interface AudioVideo {
  rel?: 'audioVideo';
  /** Connection state of the modality. */
  state?: CallState;
  /** Replacement id usable for a consultative transfer of this call. */
  supportsReplaces?: string;
  /** Which participants' video may appear in the gallery. */
  videoSourcesAllowed?: VideoSourcesAllowed;
  _links?: {
    self?: Link;
    addAudio?: Link;
    addAudioVideo?: Link;
    addVideo?: Link;
    audioVideoPolicies?: Link;
    audioVideoSession?: Link;
    conversation?: Link;
    escalateAudio?: Link;
    escalateAudioVideo?: Link;
    replaceWithPhoneAudio?: Link;
    reportMediaDiagnostics?: Link;
    stopAudio?: Link;
    stopAudioVideo?: Link;
    stopVideo?: Link;
    videoFreeze?: Link;
    videoLockedOnParticipant?: Link;
  };
}
