import type { Link } from '../base.js';

/**
 * Operation that ends the phone-audio modality of a conversation while it is connecting or connected.
 * @ucwaKind resource
 * @ucwaPage stopPhoneAudio
 */
export interface StopPhoneAudio {
  rel?: 'stopPhoneAudio';
  _links?: {
    self?: Link;
  };
}
