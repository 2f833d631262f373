import type { Integer, Link } from '../base.js';

/**
 * Operation that sends calls the user does not answer to voicemail.
 * @ucwaKind resource
 * @ucwaPage unansweredCallToVoicemail
 */
export interface UnansweredCallToVoicemail {
  rel?: 'unansweredCallToVoicemail';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST unansweredCallToVoicemail`: an optional delay.
 * @ucwaKind request
 * @ucwaPage unansweredCallToVoicemail
 * @ucwaOperation POST
 */
export interface UnansweredCallToVoicemailPostInput {
  /** Seconds to wait for the user before voicemail picks up (5 to 60). */
  ringDelay?: Integer;
}
