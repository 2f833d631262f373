import type { ResourceOperations } from '../operation.js';
import type { AudioVideoInvitation } from '../resources/audioVideoInvitation.js';
import type { StartEmergencyCallPostInput } from '../resources/startEmergencyCall.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of startEmergencyCall, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage startEmergencyCall
 */
export interface StartEmergencyCallOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: StartEmergencyCallPostInput;
    response: AudioVideoInvitation;
    errors: CommonPostErrors;
  };
}
