import type { ResourceOperations } from '../operation.js';
import type { MyOnlineMeeting, MyOnlineMeetingPutInput } from '../resources/myOnlineMeeting.js';
import type { CommonGetErrors, GoneCannotRedirect, ServiceFailureInvalidExchangeServerVersion } from '../syncErrors.js';

/**
 * Operations of myOnlineMeeting, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage myOnlineMeeting
 */
export interface MyOnlineMeetingOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: MyOnlineMeeting;
    errors: CommonGetErrors;
  };
  DELETE: {
    request: null;
    response: null;
    errors: [GoneCannotRedirect];
  };
  PUT: {
    request: MyOnlineMeetingPutInput;
    response: MyOnlineMeeting;
    errors: [ServiceFailureInvalidExchangeServerVersion, GoneCannotRedirect];
  };
}
