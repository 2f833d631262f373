import type { Link } from '../base.js';
import type { ClientContextInput } from '../newConversation.js';

/**
 * Action on the audio/video modality that moves the call to phone (PSTN)
 * audio: the server rings a phone of the user and connects it instead.
 * @ucwaKind resource
 * @ucwaPage replaceWithPhoneAudio
 */
export interface ReplaceWithPhoneAudio {
  rel?: 'replaceWithPhoneAudio';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST replaceWithPhoneAudio`: whom to call, which of the user's
 * numbers to ring, and a correlation ID.
 * @ucwaKind request
 * @ucwaPage replaceWithPhoneAudio
 * @ucwaOperation POST
 */
export interface ReplaceWithPhoneAudioPostInput extends ClientContextInput {
  /**
   * Client-chosen ID that ties the request to its event-channel operation.
   * @maxLength 50
   */
  operationId?: string;
  /** The user's number to ring; defaults to the one given when the application was created. */
  phoneNumber?: string;
  /** URI of the contact to invite. */
  to: string;
}
