import type { Link } from '../base.js';

/**
 * Operation that makes incoming calls ring a given number or contact at the same time as the user.
 * @ucwaKind resource
 * @ucwaPage simultaneousRingToContact
 */
export interface SimultaneousRingToContact {
  rel?: 'simultaneousRingToContact';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST simultaneousRingToContact`: the number or contact to ring too.
 * @ucwaKind request
 * @ucwaPage simultaneousRingToContact
 * @ucwaOperation POST
 */
export interface SimultaneousRingToContactPostInput {
  /**
   * tel URI of a number, or SIP URI of a contact, to ring along with the user.
   * @maxLength 80
   */
  target: string;
}
