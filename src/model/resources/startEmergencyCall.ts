import type { Link } from '../base.js';
import type { AudioJoinInput, MediaCallInput, MediaOfferCustomContentLinks } from '../newConversation.js';

/**
 * Operation that places an emergency (E911) call, available when enhanced emergency services are
 * enabled for the user.
 * @ucwaKind resource
 * @ucwaPage startEmergencyCall
 */
export interface StartEmergencyCall {
  rel?: 'startEmergencyCall';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST startEmergencyCall`: the call to place and where the caller is.
 * @ucwaKind request
 * @ucwaPage startEmergencyCall
 * @ucwaOperation POST
 */
export interface StartEmergencyCallPostInput extends MediaCallInput, AudioJoinInput, MediaOfferCustomContentLinks {
  /** Street address of the caller. */
  address?: string;
  /** Building or room of the caller. */
  building?: string;
  /** City of the caller. */
  city?: string;
  /** Country or region of the caller. */
  country?: string;
  /** State or province of the caller. */
  state?: string;
  /** Postal code of the caller. */
  zip?: string;
}
