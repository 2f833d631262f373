import type { Link } from '../base.js';
import type { AudioJoinInput, MediaCallInput, MediaOfferLinks } from '../newConversation.js';

/**
 * Operation that places an audio-only call to a contact in a new conversation; its presence means
 * the user may start audio.
 * @ucwaKind resource
 * @ucwaPage startAudio
 */
export interface StartAudio {
  rel?: 'startAudio';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST startAudio`: who to call, conversation details, and the SDP offer.
 * @ucwaKind request
 * @ucwaPage startAudio
 * @ucwaOperation POST
 */
export interface StartAudioPostInput extends MediaCallInput, AudioJoinInput, MediaOfferLinks {}
