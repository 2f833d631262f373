import type { Link } from '../base.js';

/**
 * Capability to put the current phone call on hold.
 * The server answers a POST here with 204 and no body; the resource has no
 * representation of its own, only its link.
 * @ucwaKind resource
 * @ucwaPage holdPhoneAudio
 */
export interface HoldPhoneAudio {
  rel?: 'holdPhoneAudio';
  _links?: {
    self?: Link;
  };
}
