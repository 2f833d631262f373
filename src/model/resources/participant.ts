import type { Link } from '../base.js';
import type { Role, SourceNetwork } from '../enums.js';

/**
 * The properties of a participant, shared by `participant` and by the user's own
 * `localParticipant` (whose `local` is always true); each keeps its own rel and links.
 */
export interface ParticipantFields {
  /** Whether the participant joined anonymously. */
  anonymous?: boolean;
  /** Whether the participant is waiting in the lobby. */
  inLobby?: boolean;
  /** Whether this participant is the user. */
  local?: boolean;
  /** Display name. */
  name?: string;
  /** Whether the participant organized the meeting. */
  organizer?: boolean;
  /** Other phone number (tel: URI). */
  otherPhoneNumber?: string;
  /** Attendee or leader. */
  role?: Role;
  /** Where the participant comes from: the same company, a federated one, a public network... */
  sourceNetwork?: SourceNetwork;
  /** SIP URI. */
  uri?: string;
  /** Work phone number (tel: URI). */
  workPhoneNumber?: string;
}

/**
 * Someone other than the user taking part in a conversation: a short-lived
 * view of a contact with a role, lobby status and per-modality state. Its
 * links offer the leader actions (admit, promote, eject, ...) when allowed.
 * @ucwaKind resource
 * @ucwaPage participant
 */
export interface Participant extends ParticipantFields {
  rel?: 'participant';
  _links?: {
    self?: Link;
    admit?: Link;
    contact?: Link;
    contactPhoto?: Link;
    contactPresence?: Link;
    conversation?: Link;
    demote?: Link;
    eject?: Link;
    me?: Link;
    participantApplicationSharing?: Link;
    participantAudio?: Link;
    participantDataCollaboration?: Link;
    participantMessaging?: Link;
    participantPanoramicVideo?: Link;
    participantVideo?: Link;
    promote?: Link;
    reject?: Link;
  };
}
