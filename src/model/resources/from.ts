import type { Participant } from './participant.js';

/**
 * The participant who sent an invitation, in incoming and outgoing
 * invitations alike: a participant resource (rel `participant`) linked or
 * embedded under the name `from`.
 * @ucwaKind resource
 * @ucwaPage from
 */
export type From = Participant;
