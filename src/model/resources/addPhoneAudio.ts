import type { Link } from '../base.js';
import type { ClientContextInput } from '../newConversation.js';

/**
 * Action link that adds call-via-work audio to an existing conversation: the server rings
 * the user's phone, then connects it to the other party.
 * @ucwaKind resource
 * @ucwaPage addPhoneAudio
 */
export interface AddPhoneAudio {
  rel?: 'addPhoneAudio';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST addPhoneAudio`: the number the server should ring first, and a correlation id.
 * @ucwaKind request
 * @ucwaPage addPhoneAudio
 * @ucwaOperation POST
 */
export interface AddPhoneAudioPostInput extends ClientContextInput {
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
  /** URI of the contact to call. */
  to: string;
}
