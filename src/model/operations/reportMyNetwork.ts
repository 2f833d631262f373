import type { ResourceOperations } from '../operation.js';
import type { ReportMyNetwork, ReportMyNetworkPostInput } from '../resources/reportMyNetwork.js';
import type { CommonPostErrors, ForbiddenAnonymousNotAllowed, ServiceFailureProvisioningDataUnavailable } from '../syncErrors.js';

/**
 * Operations of reportMyNetwork, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage reportMyNetwork
 */
export interface ReportMyNetworkOperations extends ResourceOperations {
  scopes: ['User.ReadWrite', 'Contacts.ReadWrite', 'Conversations.Initiate', 'Conversations.Receive', 'Meetings.ReadWrite'];
  POST: {
    request: ReportMyNetworkPostInput;
    response: ReportMyNetwork;
    errors: [ServiceFailureProvisioningDataUnavailable, ForbiddenAnonymousNotAllowed, ...CommonPostErrors];
  };
}
