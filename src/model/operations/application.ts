import type { ResourceOperations } from '../operation.js';
import type { Application } from '../resources/application.js';
import type { CommonGetErrors, GoneCannotRedirect } from '../syncErrors.js';

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
    errors: CommonGetErrors;
  };
  DELETE: {
    request: null;
    response: null;
    errors: [GoneCannotRedirect];
  };
}
