import type { ResourceOperations } from '../operation.js';
import type { OnlineMeetingPolicies } from '../resources/onlineMeetingPolicies.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of onlineMeetingPolicies, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage onlineMeetingPolicies
 */
export interface OnlineMeetingPoliciesOperations extends ResourceOperations {
  scopes: ['User.ReadWrite', 'Contacts.ReadWrite', 'Conversations.Initiate', 'Conversations.Receive', 'Meetings.ReadWrite'];
  GET: {
    request: null;
    response: OnlineMeetingPolicies;
    errors: CommonGetErrors;
  };
}
