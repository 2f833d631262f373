import type { ResourceOperations } from '../operation.js';
import type { AudioVideoInvitation } from '../resources/audioVideoInvitation.js';
import type { StartAudioOnBehalfOfDelegatorPostInput } from '../resources/startAudioOnBehalfOfDelegator.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of startAudioOnBehalfOfDelegator, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage startAudioOnBehalfOfDelegator
 */
export interface StartAudioOnBehalfOfDelegatorOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: StartAudioOnBehalfOfDelegatorPostInput;
    response: AudioVideoInvitation;
    errors: CommonPostErrors;
  };
}
