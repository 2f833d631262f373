import type { ResourceOperations } from '../operation.js';
import type { OnlineMeetingEligibleValues } from '../resources/onlineMeetingEligibleValues.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of onlineMeetingEligibleValues, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage onlineMeetingEligibleValues
 */
export interface OnlineMeetingEligibleValuesOperations extends ResourceOperations {
  scopes: ['User.ReadWrite', 'Contacts.ReadWrite', 'Conversations.Initiate', 'Conversations.Receive', 'Meetings.ReadWrite'];
  GET: {
    request: null;
    response: OnlineMeetingEligibleValues;
    errors: CommonGetErrors;
  };
}
