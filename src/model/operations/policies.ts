import type { ResourceOperations } from '../operation.js';
import type { Policies } from '../resources/policies.js';
import type { CommonGetErrors, ServiceFailureProvisioningDataUnavailable } from '../syncErrors.js';

/**
 * Operations of policies, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage policies
 */
export interface PoliciesOperations extends ResourceOperations {
  scopes: ['User.ReadWrite', 'Contacts.ReadWrite', 'Conversations.Initiate', 'Conversations.Receive', 'Meetings.ReadWrite'];
  GET: {
    request: null;
    response: Policies;
    errors: [ServiceFailureProvisioningDataUnavailable, ...CommonGetErrors];
  };
}
