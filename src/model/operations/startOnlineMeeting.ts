import type { ResourceOperations } from '../operation.js';
import type { OnlineMeetingInvitation } from '../resources/onlineMeetingInvitation.js';
import type { StartOnlineMeetingPostInput } from '../resources/startOnlineMeeting.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of startOnlineMeeting, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage startOnlineMeeting
 */
export interface StartOnlineMeetingOperations extends ResourceOperations {
  scopes: ['Meetings.ReadWrite'];
  POST: {
    request: StartOnlineMeetingPostInput;
    response: OnlineMeetingInvitation;
    errors: CommonPostErrors;
  };
}
