import type { ResourceOperations } from '../operation.js';
import type { AudioVideoRenegotiation } from '../resources/audioVideoRenegotiation.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of audioVideoRenegotiation, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage audioVideoRenegotiation
 */
export interface AudioVideoRenegotiationOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: AudioVideoRenegotiation;
    errors: CommonGetErrors;
  };
}
