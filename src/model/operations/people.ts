import type { ResourceOperations } from '../operation.js';
import type { People } from '../resources/people.js';
import type { CommonGetErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of people, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage people
 */
export interface PeopleOperations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  GET: {
    request: null;
    response: People;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
}
