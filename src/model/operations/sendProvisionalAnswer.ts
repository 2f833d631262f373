import type { ResourceOperations } from '../operation.js';
import type { SendProvisionalAnswerPostInput } from '../resources/sendProvisionalAnswer.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of sendProvisionalAnswer, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage sendProvisionalAnswer
 */
export interface SendProvisionalAnswerOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate'];
  POST: {
    request: SendProvisionalAnswerPostInput;
    response: null;
    errors: CommonPostErrors;
  };
}
