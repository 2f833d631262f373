import type { Link } from '../base.js';
import type { MediaCallInput, MediaOfferLinks, VideoJoinInput } from '../newConversation.js';

/**
 * Operation that places a video call to a contact in a new conversation.
 * @ucwaKind resource
 * @ucwaPage startVideo
 */
export interface StartVideo {
  rel?: 'startVideo';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST startVideo`: who to call, conversation details, and the SDP offer.
 * @ucwaKind request
 * @ucwaPage startVideo
 * @ucwaOperation POST
 */
export interface StartVideoPostInput extends MediaCallInput, VideoJoinInput, MediaOfferLinks {}
