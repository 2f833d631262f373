import type { ResourceOperations } from '../operation.js';
import type { LocalParticipant } from '../resources/localParticipant.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of localParticipant, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage localParticipant
 */
export interface LocalParticipantOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: LocalParticipant;
    errors: CommonGetErrors;
  };
}
