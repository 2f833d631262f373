import type { Integer, Link } from '../base.js';

/**
 * Operation that makes incoming calls ring the user's delegates at the same time as the user.
 * @ucwaKind resource
 * @ucwaPage simultaneousRingToDelegates
 */
export interface SimultaneousRingToDelegates {
  rel?: 'simultaneousRingToDelegates';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST simultaneousRingToDelegates`: an optional delay.
 * @ucwaKind request
 * @ucwaPage simultaneousRingToDelegates
 * @ucwaOperation POST
 */
export interface SimultaneousRingToDelegatesPostInput {
  /** Seconds to wait before the delegates' phones ring (0 to 55). */
  ringDelay?: Integer;
}
