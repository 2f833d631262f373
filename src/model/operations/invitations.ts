import type { ResourceOperations } from '../operation.js';
import type { Invitations } from '../resources/invitations.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of invitations, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage invitations
 */
export interface InvitationsOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: Invitations;
    errors: CommonGetErrors;
  };
}
