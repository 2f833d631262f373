import type { ResourceOperations } from '../operation.js';
import type { Phone } from '../resources/phone.js';
import type { CommonGetErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of phone, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage phone
 */
export interface PhoneOperations extends ResourceOperations {
  scopes: ['User.ReadWrite'];
  GET: {
    request: null;
    response: Phone;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
}
