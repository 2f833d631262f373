import type { Link } from '../base.js';
import type { AudioJoinInput, MediaCallInput, MediaOfferLinks, VideoJoinInput } from '../newConversation.js';

/**
 * Operation that places an audio and video call to a contact in a new conversation.
 * @ucwaKind resource
 * @ucwaPage startAudioVideo
 */
export interface StartAudioVideo {
  rel?: 'startAudioVideo';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST startAudioVideo`: who to call, conversation details, and the SDP offer.
 * @ucwaKind request
 * @ucwaPage startAudioVideo
 * @ucwaOperation POST
 */
export interface StartAudioVideoPostInput extends MediaCallInput, AudioJoinInput, VideoJoinInput, MediaOfferLinks {}
