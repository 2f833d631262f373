import type { ResourceOperations } from '../operation.js';
import type { Photo } from '../resources/photo.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of photo, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage photo
 */
export interface PhotoOperations extends ResourceOperations {
  scopes: ['User.ReadWrite'];
  GET: {
    request: null;
    response: Photo;
    errors: CommonGetErrors;
  };
}
