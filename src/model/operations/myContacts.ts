import type { ResourceOperations } from '../operation.js';
import type { MyContacts } from '../resources/myContacts.js';
import type { CommonGetErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of myContacts, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage myContacts
 */
export interface MyContactsOperations extends ResourceOperations {
  scopes: ['User.ReadWrite', 'Contacts.ReadWrite', 'Conversations.Initiate', 'Conversations.Receive', 'Meetings.ReadWrite'];
  GET: {
    request: null;
    response: MyContacts;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
}
