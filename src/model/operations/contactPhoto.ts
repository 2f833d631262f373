import type { ResourceOperations } from '../operation.js';
import type { ContactPhoto } from '../resources/contactPhoto.js';
import type { CommonGetErrors, ForbiddenNone, GatewayTimeoutNone } from '../syncErrors.js';

/**
 * Operations of contactPhoto, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage contactPhoto
 */
export interface ContactPhotoOperations extends ResourceOperations {
  scopes: ['Contacts.ReadWrite'];
  GET: {
    request: null;
    response: ContactPhoto;
    errors: [ForbiddenNone, GatewayTimeoutNone, ...CommonGetErrors];
  };
}
