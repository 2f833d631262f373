import type { ResourceOperations } from '../operation.js';
import type { MyOnlineMeeting } from '../resources/myOnlineMeeting.js';
import type { MyOnlineMeetings, MyOnlineMeetingsPostInput } from '../resources/myOnlineMeetings.js';
import type { CommonGetErrors, CommonPostErrors, ConflictTooManyOnlineMeetings } from '../syncErrors.js';

/**
 * Operations of myOnlineMeetings, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage myOnlineMeetings
 */
export interface MyOnlineMeetingsOperations extends ResourceOperations {
  scopes: ['Meetings.ReadWrite'];
  GET: {
    request: null;
    response: MyOnlineMeetings;
    errors: CommonGetErrors;
  };
  POST: {
    request: MyOnlineMeetingsPostInput;
    response: MyOnlineMeeting;
    errors: [ConflictTooManyOnlineMeetings, ...CommonPostErrors];
  };
}
