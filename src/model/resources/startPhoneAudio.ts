import type { Link } from '../base.js';
import type { PhoneAudioInput } from '../newConversation.js';

/**
 * Operation that starts a call-via-work: the server first rings the user's own phone, then connects it
 * to the callee.
 * @ucwaKind resource
 * @ucwaPage startPhoneAudio
 */
export interface StartPhoneAudio {
  rel?: 'startPhoneAudio';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST startPhoneAudio`: who to call and which phone of the user to ring first.
 * @ucwaKind request
 * @ucwaPage startPhoneAudio
 * @ucwaOperation POST
 */
export interface StartPhoneAudioPostInput extends PhoneAudioInput {}
