import type { ResourceOperations } from '../operation.js';
import type { MyOnlineMeeting } from '../resources/myOnlineMeeting.js';
import type { MyOnlineMeetings, MyOnlineMeetingsPostInput } from '../resources/myOnlineMeetings.js';
import type { ConflictAlreadyExists, ConflictNone, ConflictTooManyGroups, ConflictTooManyOnlineMeetings, GoneCannotRedirect, ServiceFailureCallbackChannelError, ServiceFailureInvalidExchangeServerVersion } from '../syncErrors.js';

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
    errors: [
      ServiceFailureInvalidExchangeServerVersion,
      ConflictAlreadyExists,
      ConflictTooManyGroups,
      ConflictNone,
      GoneCannotRedirect,
    ];
  };
  POST: {
    request: MyOnlineMeetingsPostInput;
    response: MyOnlineMeeting;
    errors: [
      ConflictTooManyOnlineMeetings,
      ServiceFailureCallbackChannelError,
      ConflictAlreadyExists,
      ConflictTooManyGroups,
      ConflictNone,
      GoneCannotRedirect,
    ];
  };
}
