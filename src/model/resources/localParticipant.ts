import type { Link } from '../base.js';
import type { Role, SourceNetwork } from '../enums.js';

/**
 * The user's own participant in a conversation, which the server creates when
 * the user joins and removes when the user leaves; it tells the user's role
 * and what the user may do there. Same properties as `participant`, but the
 * examples and events name it with its own rel `localParticipant`.
 * @ucwaKind resource
 * @ucwaPage localParticipant
 */
export interface LocalParticipant {
  rel?: 'localParticipant';
  /** Whether the user joined without signing in. */
  anonymous?: boolean;
  /** Whether the user is still waiting in the meeting lobby. */
  inLobby?: boolean;
  /** Always true here: this participant is the user. */
  local?: boolean;
  /** Display name. */
  name?: string;
  /** Whether the user organized the meeting (and so can never be locked out). */
  organizer?: boolean;
  otherPhoneNumber?: string;
  /** Attendee or leader. */
  role?: Role;
  /** Where the participant comes from: the same company, a federated one, a public network... */
  sourceNetwork?: SourceNetwork;
  /** SIP URI of the participant. */
  uri?: string;
  /** Work phone, as a `tel:` URI. */
  workPhoneNumber?: string;
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
