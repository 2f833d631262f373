import type { ResourceOperations } from '../operation.js';
import type { UnansweredCallToVoicemailPostInput } from '../resources/unansweredCallToVoicemail.js';
import type { CommonPostErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of unansweredCallToVoicemail, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage unansweredCallToVoicemail
 */
export interface UnansweredCallToVoicemailOperations extends ResourceOperations {
  scopes: ['User.ReadWrite'];
  POST: {
    request: UnansweredCallToVoicemailPostInput;
    response: null;
    errors: [ForbiddenNone, ...CommonPostErrors];
  };
}
