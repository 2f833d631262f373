import type { ResourceOperations } from '../operation.js';
import type { CommonPostErrors, ForbiddenNone } from '../syncErrors.js';

/**
 * Operations of immediateForwardToVoicemail, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage immediateForwardToVoicemail
 */
export interface ImmediateForwardToVoicemailOperations extends ResourceOperations {
  scopes: ['User.ReadWrite'];
  POST: {
    request: null;
    response: null;
    errors: [ForbiddenNone, ...CommonPostErrors];
  };
}
