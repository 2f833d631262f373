import type { Link } from '../base.js';
import type { CustomContentLinks, DelegatorInput, PhoneAudioInput } from '../newConversation.js';

/**
 * Operation that starts a call-via-work on behalf of a delegator the user acts for.
 * @ucwaKind resource
 * @ucwaPage startPhoneAudioOnBehalfOfDelegator
 */
export interface StartPhoneAudioOnBehalfOfDelegator {
  rel?: 'startPhoneAudioOnBehalfOfDelegator';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST startPhoneAudioOnBehalfOfDelegator`: who to call, for whom, and which phone of the user to ring first.
 * @ucwaKind request
 * @ucwaPage startPhoneAudioOnBehalfOfDelegator
 * @ucwaOperation POST
 */
export interface StartPhoneAudioOnBehalfOfDelegatorPostInput extends PhoneAudioInput, DelegatorInput, CustomContentLinks {}
