import type { ResourceOperations } from '../operation.js';
import type { PhoneAudioInvitation } from '../resources/phoneAudioInvitation.js';
import type { StartPhoneAudioOnBehalfOfDelegatorPostInput } from '../resources/startPhoneAudioOnBehalfOfDelegator.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of startPhoneAudioOnBehalfOfDelegator, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage startPhoneAudioOnBehalfOfDelegator
 */
export interface StartPhoneAudioOnBehalfOfDelegatorOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: StartPhoneAudioOnBehalfOfDelegatorPostInput;
    response: PhoneAudioInvitation;
    errors: CommonPostErrors;
  };
}
