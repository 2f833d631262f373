import type { ResourceOperations } from '../operation.js';
import type { MediaPolicies } from '../resources/mediaPolicies.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of mediaPolicies, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage mediaPolicies
 */
export interface MediaPoliciesOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: MediaPolicies;
    errors: CommonGetErrors;
  };
}
