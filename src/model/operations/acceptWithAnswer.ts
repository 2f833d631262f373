import type { ResourceOperations } from '../operation.js';
import type { AcceptWithAnswerPostInput } from '../resources/acceptWithAnswer.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of acceptWithAnswer, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage acceptWithAnswer
 */
export interface AcceptWithAnswerOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: AcceptWithAnswerPostInput;
    response: null;
    errors: CommonPostErrors;
  };
}
