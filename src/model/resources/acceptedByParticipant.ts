import type { Participant } from './participant.js';

/**
 * The remote participant who took the user's outgoing invitation; comparing its contact with
 * the invitation's `to` shows whether the intended person answered. A participant resource
 * reached through this link name.
 * @ucwaKind resource
 * @ucwaPage acceptedByParticipant
 */
export type AcceptedByParticipant = Participant;
