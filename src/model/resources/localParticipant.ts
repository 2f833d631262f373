import type { Link } from '../base.js';
import type { ParticipantFields } from './participant.js';

/**
 * The user's own participant in a conversation, which the server creates when
 * the user joins and removes when the user leaves; it tells the user's role
 * and what the user may do there. Same properties as `participant` (with `local`
 * always true) but fewer links, and the examples and events name it with its own
 * rel `localParticipant`.
 * @ucwaKind resource
 * @ucwaPage localParticipant
 */
export interface LocalParticipant extends ParticipantFields {
  rel?: 'localParticipant';
  _links?: {
    self?: Link;
    contact?: Link;
    contactPhoto?: Link;
    contactPresence?: Link;
    conversation?: Link;
    eject?: Link;
    me?: Link;
    participantApplicationSharing?: Link;
    participantAudio?: Link;
    participantDataCollaboration?: Link;
    participantMessaging?: Link;
    participantPanoramicVideo?: Link;
    participantVideo?: Link;
  };
}
