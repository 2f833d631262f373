import type { Participant } from './participant.js';

/**
 * A participant to whom an instant message sent by the user could not be
 * delivered: a participant resource (rel `participant`) linked from the
 * message as `failedDeliveryParticipant`.
 * @ucwaKind resource
 * @ucwaPage failedDeliveryParticipant
 */
export type FailedDeliveryParticipant = Participant;
