import type { ResourceOperations } from '../operation.js';
import type { DataCollaboration } from '../resources/dataCollaboration.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of dataCollaboration, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage dataCollaboration
 */
export interface DataCollaborationOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: DataCollaboration;
    errors: CommonGetErrors;
  };
}
