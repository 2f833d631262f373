import type { ResourceOperations } from '../operation.js';
import type { OnlineMeeting } from '../resources/onlineMeeting.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of onlineMeeting, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage onlineMeeting
 */
export interface OnlineMeetingOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: OnlineMeeting;
    errors: CommonGetErrors;
  };
}
