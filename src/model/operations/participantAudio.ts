import type { ResourceOperations } from '../operation.js';
import type { ParticipantAudio } from '../resources/participantAudio.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of participantAudio, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage participantAudio
 */
export interface ParticipantAudioOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: ParticipantAudio;
    errors: CommonGetErrors;
  };
}
