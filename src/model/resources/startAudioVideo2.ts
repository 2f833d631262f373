import type { Link } from '../base.js';
import type { AudioJoinInput, MediaCallInput, MediaOfferCustomContentLinks, VideoJoinInput } from '../newConversation.js';

/**
 * Operation that places an audio and video call to a contact in a new conversation, with custom content
 * attached to the invitation.
 * @ucwaKind resource
 * @ucwaPage startAudioVideo2
 */
export interface StartAudioVideo2 {
  rel?: 'startAudioVideo2';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST startAudioVideo2`: who to call, conversation details, and the SDP offer.
 * @ucwaKind request
 * @ucwaPage startAudioVideo2
 * @ucwaOperation POST
 */
export interface StartAudioVideo2PostInput extends MediaCallInput, AudioJoinInput, VideoJoinInput, MediaOfferCustomContentLinks {}
