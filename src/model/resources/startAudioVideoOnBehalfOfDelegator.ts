import type { Link } from '../base.js';
import type { AudioJoinInput, DelegatorInput, MediaCallInput, MediaOfferCustomContentLinks, VideoJoinInput } from '../newConversation.js';

/**
 * Operation that places an audio and video call on behalf of a delegator the user acts for.
 * @ucwaKind resource
 * @ucwaPage startAudioVideoOnBehalfOfDelegator
 */
export interface StartAudioVideoOnBehalfOfDelegator {
  rel?: 'startAudioVideoOnBehalfOfDelegator';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST startAudioVideoOnBehalfOfDelegator`: who to call, conversation details, and the SDP offer.
 * @ucwaKind request
 * @ucwaPage startAudioVideoOnBehalfOfDelegator
 * @ucwaOperation POST
 */
export interface StartAudioVideoOnBehalfOfDelegatorPostInput extends MediaCallInput, AudioJoinInput, VideoJoinInput, DelegatorInput, MediaOfferCustomContentLinks {}
