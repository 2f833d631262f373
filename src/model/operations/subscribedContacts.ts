import type { ResourceOperations } from '../operation.js';
import type { SubscribedContacts } from '../resources/subscribedContacts.js';
import type { CommonGetErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of subscribedContacts, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage subscribedContacts
 */
export interface SubscribedContactsOperations extends ResourceOperations {
  scopes: ['User.ReadWrite', 'Contacts.ReadWrite', 'Conversations.Initiate', 'Conversations.Receive', 'Meetings.ReadWrite'];
  GET: {
    request: null;
    response: SubscribedContacts;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
}
