import type { ResourceOperations } from '../operation.js';
import type { ConflictAlreadyExists, ConflictNone, ConflictTooManyGroups, GoneCannotRedirect, ServiceFailureCallbackChannelError } from '../syncErrors.js';

/**
 * Operations of eject, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage eject
 */
export interface EjectOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: null;
    response: null;
    errors: [
      ServiceFailureCallbackChannelError,
      ConflictAlreadyExists,
      ConflictTooManyGroups,
      ConflictNone,
      GoneCannotRedirect,
    ];
  };
}
