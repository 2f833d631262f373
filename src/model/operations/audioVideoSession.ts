import type { ResourceOperations } from '../operation.js';
import type { AudioVideoSession } from '../resources/audioVideoSession.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of audioVideoSession, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage audioVideoSession
 */
export interface AudioVideoSessionOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: AudioVideoSession;
    errors: CommonGetErrors;
  };
}
