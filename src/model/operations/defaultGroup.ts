import type { ResourceOperations } from '../operation.js';
import type { DefaultGroup } from '../resources/defaultGroup.js';
import type { CommonGetErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of defaultGroup, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage defaultGroup
 */
export interface DefaultGroupOperations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  GET: {
    request: null;
    response: DefaultGroup;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
}
