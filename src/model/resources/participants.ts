import type { Link } from '../base.js';
import type { Participant } from './participant.js';

/**
 * All participants of a conversation, leaders and attendees alike.
 * @ucwaKind resource
 * @ucwaPage participants
 */
export interface Participants {
  rel?: 'participants';
  _links?: {
    self?: Link;
    participant?: Link[];
  };
  _embedded?: ParticipantsEmbedded;
}

export interface ParticipantsEmbedded {
  participant?: Participant[];
}
