import type { ResourceOperations } from '../operation.js';
import type { PinnedGroup } from '../resources/pinnedGroup.js';
import type { CommonGetErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of pinnedGroup, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage pinnedGroup
 */
export interface PinnedGroupOperations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  GET: {
    request: null;
    response: PinnedGroup;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
}
