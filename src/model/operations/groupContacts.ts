import type { ResourceOperations } from '../operation.js';
import type { GroupContacts } from '../resources/groupContacts.js';
import type { CommonGetErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of groupContacts, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage groupContacts
 */
export interface GroupContactsOperations extends ResourceOperations {
  scopes: ['User.ReadWrite', 'Contacts.ReadWrite', 'Conversations.Initiate', 'Conversations.Receive', 'Meetings.ReadWrite'];
  GET: {
    request: null;
    response: GroupContacts;
    errors: [ForbiddenNone, ...CommonGetErrors];
  };
}
