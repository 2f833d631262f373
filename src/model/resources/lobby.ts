import type { Link } from '../base.js';
import type { Participant } from './participant.js';

/**
 * The participants waiting in an online meeting's lobby. A leader can admit
 * them; those never admitted are eventually dropped. Who waits there
 * depends on the meeting's access level.
 * @ucwaKind resource
 * @ucwaPage lobby
 */
export interface Lobby {
  rel?: 'lobby';
  _links?: {
    self?: Link;
    participant?: Link[];
  };
  _embedded?: LobbyEmbedded;
}

/** Items of the collection that the server sends in full. */
export interface LobbyEmbedded {
  participant?: Participant[];
}
