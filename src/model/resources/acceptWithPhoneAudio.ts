import type { Link } from '../base.js';

/**
 * Action link on an incoming audio/video invitation that takes the call on the user's phone
 * (call-via-work) instead of computer audio. POST, no body.
 * @ucwaKind resource
 * @ucwaPage acceptWithPhoneAudio
 */
export interface AcceptWithPhoneAudio {
  rel?: 'acceptWithPhoneAudio';
  _links?: {
    self?: Link;
  };
}
