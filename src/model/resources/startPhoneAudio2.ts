import type { Link } from '../base.js';
import type { CustomContentLinks, PhoneAudioInput } from '../newConversation.js';

/**
 * Operation that starts a call-via-work with custom content attached to the invitation.
 * @ucwaKind resource
 * @ucwaPage startPhoneAudio2
 */
export interface StartPhoneAudio2 {
  rel?: 'startPhoneAudio2';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST startPhoneAudio2`: who to call, which phone of the user to ring first, and custom content.
 * @ucwaKind request
 * @ucwaPage startPhoneAudio2
 * @ucwaOperation POST
 */
export interface StartPhoneAudio2PostInput extends PhoneAudioInput, CustomContentLinks {}
