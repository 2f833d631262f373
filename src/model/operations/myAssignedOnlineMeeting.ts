import type { ResourceOperations } from '../operation.js';
import type { MyAssignedOnlineMeeting, MyAssignedOnlineMeetingPutInput } from '../resources/myAssignedOnlineMeeting.js';
import type { MyOnlineMeeting } from '../resources/myOnlineMeeting.js';
import type { CommonGetErrors, GoneCannotRedirect, ServiceFailureInvalidExchangeServerVersion } from '../syncErrors.js';

/**
 * Operations of myAssignedOnlineMeeting, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage myAssignedOnlineMeeting
 */
export interface MyAssignedOnlineMeetingOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: MyAssignedOnlineMeeting;
    errors: CommonGetErrors;
  };
  DELETE: {
    request: null;
    response: null;
    errors: [GoneCannotRedirect];
  };
  PUT: {
    request: MyAssignedOnlineMeetingPutInput;
    response: MyOnlineMeeting;
    errors: [ServiceFailureInvalidExchangeServerVersion, GoneCannotRedirect];
  };
}
