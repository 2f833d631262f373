import type { ResourceOperations } from '../operation.js';
import type { AudioVideoInvitation } from '../resources/audioVideoInvitation.js';
import type { StartAudioVideoOnBehalfOfDelegatorPostInput } from '../resources/startAudioVideoOnBehalfOfDelegator.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of startAudioVideoOnBehalfOfDelegator, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage startAudioVideoOnBehalfOfDelegator
 */
export interface StartAudioVideoOnBehalfOfDelegatorOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: StartAudioVideoOnBehalfOfDelegatorPostInput;
    response: AudioVideoInvitation;
    errors: CommonPostErrors;
  };
}
