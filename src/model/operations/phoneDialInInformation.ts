import type { ResourceOperations } from '../operation.js';
import type { PhoneDialInInformation } from '../resources/phoneDialInInformation.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of phoneDialInInformation, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage phoneDialInInformation
 */
export interface PhoneDialInInformationOperations extends ResourceOperations {
  scopes: ['User.ReadWrite', 'Contacts.ReadWrite', 'Conversations.Initiate', 'Conversations.Receive', 'Meetings.ReadWrite'];
  GET: {
    request: null;
    response: PhoneDialInInformation;
    errors: CommonGetErrors;
  };
}
