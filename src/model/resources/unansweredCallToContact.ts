import type { Integer, Link } from '../base.js';

/**
 * Operation that sends calls the user does not answer to a given number or contact.
 * @ucwaKind resource
 * @ucwaPage unansweredCallToContact
 */
export interface UnansweredCallToContact {
  rel?: 'unansweredCallToContact';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST unansweredCallToContact`: where unanswered calls go, and after how long.
 * @ucwaKind request
 * @ucwaPage unansweredCallToContact
 * @ucwaOperation POST
 */
export interface UnansweredCallToContactPostInput {
  /** Seconds to wait for the user before forwarding (5 to 60). */
  ringDelay?: Integer;
  /**
   * tel URI of a number, or SIP URI of a contact, that receives unanswered calls.
   * @maxLength 80
   */
  target: string;
}
