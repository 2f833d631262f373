import type { ResourceOperations } from '../operation.js';
import type { AudioVideoRenegotiation } from '../resources/audioVideoRenegotiation.js';
import type { RenegotiationsPostInput } from '../resources/renegotiations.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of renegotiations, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage renegotiations
 */
export interface RenegotiationsOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: RenegotiationsPostInput;
    response: AudioVideoRenegotiation;
    errors: CommonPostErrors;
  };
}
