import type { ResourceOperations } from '../operation.js';
import type { SimultaneousRingToTeamPostInput } from '../resources/simultaneousRingToTeam.js';
import type { CommonPostErrors, ConflictNoTeamMembersConfigured, ForbiddenNoTeamMembersConfigured, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of simultaneousRingToTeam, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage simultaneousRingToTeam
 */
export interface SimultaneousRingToTeamOperations extends ResourceOperations {
  scopes: ['User.ReadWrite'];
  POST: {
    request: SimultaneousRingToTeamPostInput;
    response: null;
    errors: [
      ForbiddenNone,
      ForbiddenNoTeamMembersConfigured,
      ConflictNoTeamMembersConfigured,
      ...CommonPostErrors,
    ];
  };
}
