import type { ResourceOperations } from '../operation.js';
import type { DialInRegion } from '../resources/dialInRegion.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of dialInRegion, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage dialInRegion
 */
export interface DialInRegionOperations extends ResourceOperations {
  scopes: ['User.ReadWrite', 'Contacts.ReadWrite', 'Conversations.Initiate', 'Conversations.Receive', 'Meetings.ReadWrite'];
  GET: {
    request: null;
    response: DialInRegion;
    errors: CommonGetErrors;
  };
}
