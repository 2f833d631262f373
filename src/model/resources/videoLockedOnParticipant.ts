import type { Participant } from './participant.js';

/**
 * The participant that a meeting's video spotlight is locked on; it is a `participant` resource.
 * @ucwaKind resource
 * @ucwaPage videoLockedOnParticipant
 */
export type VideoLockedOnParticipant = Participant;
