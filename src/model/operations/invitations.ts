import type { ResourceOperations } from '../operation.js';
import type { Invitations } from '../resources/invitations.js';
import type { ConflictAlreadyExists, ConflictNone, ConflictTooManyGroups, GoneCannotRedirect, ServiceFailureInvalidExchangeServerVersion } from '../syncErrors.js';

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
    errors: [
      ServiceFailureInvalidExchangeServerVersion,
      ConflictAlreadyExists,
      ConflictTooManyGroups,
      ConflictNone,
      GoneCannotRedirect,
    ];
  };
}
