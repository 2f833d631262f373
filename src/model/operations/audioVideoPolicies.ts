import type { ResourceOperations } from '../operation.js';
import type { AudioVideoPolicies } from '../resources/audioVideoPolicies.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of audioVideoPolicies, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage audioVideoPolicies
 */
export interface AudioVideoPoliciesOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: AudioVideoPolicies;
    errors: CommonGetErrors;
  };
}
