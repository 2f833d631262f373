import type { Integer, Link } from '../base.js';

/**
 * Operation that makes incoming calls ring the user's team members at the same time as the user.
 * @ucwaKind resource
 * @ucwaPage simultaneousRingToTeam
 */
export interface SimultaneousRingToTeam {
  rel?: 'simultaneousRingToTeam';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST simultaneousRingToTeam`: an optional delay.
 * @ucwaKind request
 * @ucwaPage simultaneousRingToTeam
 * @ucwaOperation POST
 */
export interface SimultaneousRingToTeamPostInput {
  /** Seconds to wait before the team members' phones ring (0 to 55). */
  ringDelay?: Integer;
}
