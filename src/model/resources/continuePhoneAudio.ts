import type { Link } from '../base.js';
import type { ClientContextInput } from '../newConversation.js';

/**
 * Action link on a conversation log that resumes the past conversation as a call-via-work
 * phone call.
 * @ucwaKind resource
 * @ucwaPage continuePhoneAudio
 */
export interface ContinuePhoneAudio {
  rel?: 'continuePhoneAudio';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST continuePhoneAudio`: the number the server should ring first, and a correlation id.
 * @ucwaKind request
 * @ucwaPage continuePhoneAudio
 * @ucwaOperation POST
 */
export interface ContinuePhoneAudioPostInput extends ClientContextInput {
  /**
   * Client-chosen id that ties this request to the invitation reported on the event channel.
   * @maxLength 50
   */
  operationId?: string;
  /**
   * The user's own number to ring (digits, optionally with a leading "+" for E.164); when
   * absent the server uses the number given when the application was created.
   */
  phoneNumber?: string;
}
