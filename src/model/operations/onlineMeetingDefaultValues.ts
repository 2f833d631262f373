import type { ResourceOperations } from '../operation.js';
import type { OnlineMeetingDefaultValues } from '../resources/onlineMeetingDefaultValues.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of onlineMeetingDefaultValues, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage onlineMeetingDefaultValues
 */
export interface OnlineMeetingDefaultValuesOperations extends ResourceOperations {
  scopes: ['User.ReadWrite', 'Contacts.ReadWrite', 'Conversations.Initiate', 'Conversations.Receive', 'Meetings.ReadWrite'];
  GET: {
    request: null;
    response: OnlineMeetingDefaultValues;
    errors: CommonGetErrors;
  };
}
