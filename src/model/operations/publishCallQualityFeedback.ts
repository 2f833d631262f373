import type { ResourceOperations } from '../operation.js';
import type { PublishCallQualityFeedbackPostInput } from '../resources/publishCallQualityFeedback.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of publishCallQualityFeedback, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage publishCallQualityFeedback
 */
export interface PublishCallQualityFeedbackOperations extends ResourceOperations {
  scopes: ['User.ReadWrite'];
  POST: {
    request: PublishCallQualityFeedbackPostInput;
    response: null;
    errors: CommonPostErrors;
  };
}
