import type { Link } from '../base.js';
import type { AudioJoinInput, MediaCallInput, MediaOfferCustomContentLinks } from '../newConversation.js';

/**
 * Operation that places an audio-only call to a contact in a new conversation, with custom content
 * attached to the invitation.
 * @ucwaKind resource
 * @ucwaPage startAudio2
 */
export interface StartAudio2 {
  rel?: 'startAudio2';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST startAudio2`: who to call, conversation details, and the SDP offer.
 * @ucwaKind request
 * @ucwaPage startAudio2
 * @ucwaOperation POST
 */
export interface StartAudio2PostInput extends MediaCallInput, AudioJoinInput, MediaOfferCustomContentLinks {}
