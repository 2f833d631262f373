import type { ResourceOperations } from '../operation.js';
import type { OnlineMeetings } from '../resources/onlineMeetings.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of onlineMeetings, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage onlineMeetings
 */
export interface OnlineMeetingsOperations extends ResourceOperations {
  scopes: ['User.ReadWrite', 'Contacts.ReadWrite', 'Conversations.Initiate', 'Conversations.Receive', 'Meetings.ReadWrite'];
  GET: {
    request: null;
    response: OnlineMeetings;
    errors: CommonGetErrors;
  };
}
