import type { Integer, Link } from '../base.js';
import type { SimultaneousRingTarget } from '../enums.js';

/**
 * The user's simultaneous-ring settings: whether incoming calls also ring a number or contact,
 * the delegates or the team, and after what delay.
 * @ucwaKind resource
 * @ucwaPage simultaneousRingSettings
 */
export interface SimultaneousRingSettings {
  rel?: 'simultaneousRingSettings';
  /** Version tag of the resource that real servers send (beyond the pages); a client sends it back with a PUT. */
  etag?: string;
  /** Seconds to wait before the extra target starts ringing. */
  ringDelay?: Integer;
  /** Which extra target currently rings along with the user, if any. */
  target?: SimultaneousRingTarget;
  _links?: {
    self?: Link;
    /** The contact (or number) that rings along with the user, when the target is a contact. */
    contact?: Link;
    simultaneousRingToContact?: Link;
    simultaneousRingToDelegates?: Link;
    simultaneousRingToTeam?: Link;
  };
}

/**
 * Body of `PUT simultaneousRingSettings`: the whole resource with the new delay and target.
 * @ucwaKind request
 * @ucwaPage simultaneousRingSettings
 * @ucwaOperation PUT
 */
export type SimultaneousRingSettingsPutInput = SimultaneousRingSettings;
