import type { ResourceOperations } from '../operation.js';
import type { StopVideoPostInput } from '../resources/stopVideo.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of stopVideo, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage stopVideo
 */
export interface StopVideoOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: StopVideoPostInput;
    response: null;
    errors: CommonPostErrors;
  };
}
