import type { Link } from '../base.js';

/**
 * Capability to send every incoming call straight to a number or contact the
 * user picks; only the target rings. A POST answers 204 with no body.
 * @ucwaKind resource
 * @ucwaPage immediateForwardToContact
 */
export interface ImmediateForwardToContact {
  rel?: 'immediateForwardToContact';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST immediateForwardToContact`: where calls go from now on.
 * @ucwaKind request
 * @ucwaPage immediateForwardToContact
 * @ucwaOperation POST
 */
export interface ImmediateForwardToContactPostInput {
  /**
   * `tel:` URI for a phone number, `sip:` URI for a contact.
   * @maxLength 80
   */
  target: string;
}
