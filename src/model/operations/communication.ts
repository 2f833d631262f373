import type { ResourceOperations } from '../operation.js';
import type { Communication, CommunicationPutInput } from '../resources/communication.js';
import type { CommonGetErrors, GoneCannotRedirect, ServiceFailureInvalidExchangeServerVersion } from '../syncErrors.js';

/**
 * Operations of communication, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage communication
 */
export interface CommunicationOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: Communication;
    errors: CommonGetErrors;
  };
  PUT: {
    request: CommunicationPutInput;
    response: null;
    errors: [ServiceFailureInvalidExchangeServerVersion, GoneCannotRedirect];
  };
}
