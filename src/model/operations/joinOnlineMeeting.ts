import type { ResourceOperations } from '../operation.js';
import type { JoinOnlineMeetingPostInput } from '../resources/joinOnlineMeeting.js';
import type { OnlineMeetingInvitation } from '../resources/onlineMeetingInvitation.js';
import type { CommonPostErrors, ForbiddenNone, NotFoundDestinationNotFound } from '../syncErrors.js';

/**
 * Operations of joinOnlineMeeting, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage joinOnlineMeeting
 */
export interface JoinOnlineMeetingOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate'];
  POST: {
    request: JoinOnlineMeetingPostInput;
    response: OnlineMeetingInvitation;
    errors: [NotFoundDestinationNotFound, ForbiddenNone, ...CommonPostErrors];
  };
}
