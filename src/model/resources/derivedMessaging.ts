import type { Messaging } from './messaging.js';

/**
 * The messaging modality of a derived conversation, used when the participant
 * who accepted the messaging invitation is not the conversation's current
 * remote participant. Same resource as messaging.
 * @ucwaKind resource
 * @ucwaPage derivedMessaging
 */
export type DerivedMessaging = Messaging;
