import type { ResourceOperations } from '../operation.js';
import type { OnlineMeetingExtension, OnlineMeetingExtensionPutInput } from '../resources/onlineMeetingExtension.js';
import type { CommonGetErrors, GoneCannotRedirect, ServiceFailureInvalidExchangeServerVersion } from '../syncErrors.js';

/**
 * Operations of onlineMeetingExtension, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage onlineMeetingExtension
 */
export interface OnlineMeetingExtensionOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: OnlineMeetingExtension;
    errors: CommonGetErrors;
  };
  DELETE: {
    request: null;
    response: null;
    errors: [GoneCannotRedirect];
  };
  PUT: {
    request: OnlineMeetingExtensionPutInput;
    response: OnlineMeetingExtension;
    errors: [ServiceFailureInvalidExchangeServerVersion, GoneCannotRedirect];
  };
}
