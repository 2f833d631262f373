import type { ResourceOperations } from '../operation.js';
import type { Application } from '../resources/application.js';
import type { ConflictAlreadyExists, ConflictNone, ConflictTooManyGroups, GoneCannotRedirect, ServiceFailureInvalidExchangeServerVersion } from '../syncErrors.js';

/**
 * Operations of application, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage application
 */
export interface ApplicationOperations extends ResourceOperations {
  scopes: ['User.ReadWrite', 'Contacts.ReadWrite', 'Conversations.Initiate', 'Conversations.Receive', 'Meetings.ReadWrite'];
  GET: {
    request: null;
    response: Application;
    errors: [
      ServiceFailureInvalidExchangeServerVersion,
      ConflictAlreadyExists,
      ConflictTooManyGroups,
      ConflictNone,
      GoneCannotRedirect,
    ];
  };
  DELETE: {
    request: null;
    response: null;
    errors: [GoneCannotRedirect];
  };
}
