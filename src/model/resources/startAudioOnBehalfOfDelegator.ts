import type { Link } from '../base.js';
import type { AudioJoinInput, DelegatorInput, MediaCallInput, MediaOfferCustomContentLinks } from '../newConversation.js';

/**
 * Operation that places an audio-only call on behalf of a delegator the user acts for.
 * @ucwaKind resource
 * @ucwaPage startAudioOnBehalfOfDelegator
 */
export interface StartAudioOnBehalfOfDelegator {
  rel?: 'startAudioOnBehalfOfDelegator';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST startAudioOnBehalfOfDelegator`: who to call, conversation details, and the SDP offer.
 * @ucwaKind request
 * @ucwaPage startAudioOnBehalfOfDelegator
 * @ucwaOperation POST
 */
export interface StartAudioOnBehalfOfDelegatorPostInput extends MediaCallInput, AudioJoinInput, DelegatorInput, MediaOfferCustomContentLinks {}
