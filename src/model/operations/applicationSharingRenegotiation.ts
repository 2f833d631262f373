import type { ResourceOperations } from '../operation.js';
import type { ApplicationSharingRenegotiation } from '../resources/applicationSharingRenegotiation.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of applicationSharingRenegotiation, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage applicationSharingRenegotiation
 */
export interface ApplicationSharingRenegotiationOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: ApplicationSharingRenegotiation;
    errors: CommonGetErrors;
  };
}
