import type { ResourceOperations } from '../operation.js';
import type { OnlineMeetingInvitationCustomization } from '../resources/onlineMeetingInvitationCustomization.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of onlineMeetingInvitationCustomization, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage onlineMeetingInvitationCustomization
 */
export interface OnlineMeetingInvitationCustomizationOperations extends ResourceOperations {
  scopes: ['User.ReadWrite', 'Contacts.ReadWrite', 'Conversations.Initiate', 'Conversations.Receive', 'Meetings.ReadWrite'];
  GET: {
    request: null;
    response: OnlineMeetingInvitationCustomization;
    errors: CommonGetErrors;
  };
}
