import type { ResourceOperations } from '../operation.js';
import type { Phones } from '../resources/phones.js';
import type { CommonGetErrors, ForbiddenAnonymousNotAllowed, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of phones, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage phones
 */
export interface PhonesOperations extends ResourceOperations {
  scopes: ['User.ReadWrite'];
  GET: {
    request: null;
    response: Phones;
    errors: [ForbiddenAnonymousNotAllowed, ForbiddenNone, ...CommonGetErrors];
  };
}
