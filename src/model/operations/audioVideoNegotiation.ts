import type { ResourceOperations } from '../operation.js';
import type { AudioVideoNegotiation } from '../resources/audioVideoNegotiation.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of audioVideoNegotiation, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage audioVideoNegotiation
 */
export interface AudioVideoNegotiationOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: AudioVideoNegotiation;
    errors: CommonGetErrors;
  };
}
