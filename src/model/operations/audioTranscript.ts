import type { ResourceOperations } from '../operation.js';
import type { AudioTranscript } from '../resources/audioTranscript.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of audioTranscript, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage audioTranscript
 */
export interface AudioTranscriptOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: AudioTranscript;
    errors: CommonGetErrors;
  };
}
