import type { ResourceOperations } from '../operation.js';
import type { MediaRelay } from '../resources/mediaRelay.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of mediaRelay, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage mediaRelay
 */
export interface MediaRelayOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: MediaRelay;
    errors: CommonGetErrors;
  };
}
