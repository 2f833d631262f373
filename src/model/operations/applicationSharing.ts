import type { ResourceOperations } from '../operation.js';
import type { ApplicationSharing } from '../resources/applicationSharing.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of applicationSharing, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage applicationSharing
 */
export interface ApplicationSharingOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: ApplicationSharing;
    errors: CommonGetErrors;
  };
}
