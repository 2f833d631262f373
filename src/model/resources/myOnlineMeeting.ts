import type { Link, UcwaDate } from '../base.js';
import type {
  AccessLevel,
  AutomaticLeaderAssignment,
  EntryExitAnnouncement,
  LobbyBypassForPhoneUsers,
  OnlineMeetingRel,
  PhoneUserAdmission,
} from '../enums.js';
import type { OnlineMeetingSchedule } from './myOnlineMeetings.js';
import type { OnlineMeetingExtension } from './onlineMeetingExtension.js';

/**
 * The properties and links of a scheduled meeting, shared by `myOnlineMeeting` and
 * `myAssignedOnlineMeeting`, which differ only in rel.
 */
export interface OnlineMeetingFields {
  /** Version tag of the resource that real servers send (beyond the pages); a client sends it back with a PUT. */
  etag?: string;
  /** Who gets in directly rather than waiting in the lobby. */
  accessLevel?: AccessLevel;
  /** SIP URIs of the invited attendees. */
  attendees?: string[];
  /** Which joiners are promoted to leader automatically. */
  automaticLeaderAssignment?: AutomaticLeaderAssignment;
  /** Numeric conference ID that phone (PSTN) callers enter. */
  conferenceId?: string;
  /** Longer text about the meeting's purpose. */
  description?: string;
  /** Whether names of audio joiners are announced. */
  entryExitAnnouncement?: EntryExitAnnouncement;
  /** UTC time after which the meeting may be removed. */
  expirationTime?: UcwaDate;
  /** Web address for joining from a browser. */
  joinUrl?: string;
  /** SIP URIs of the leaders (the organizer is always one). */
  leaders?: string[];
  /** Meeting URI in the older format understood by legacy clients. */
  legacyOnlineMeetingUri?: string;
  /** Whether phone joiners skip the lobby. */
  lobbyBypassForPhoneUsers?: LobbyBypassForPhoneUsers;
  /** Identifier unique among the organizer's meetings. */
  onlineMeetingId?: string;
  /** Scheduling template the meeting was created from. */
  onlineMeetingRel?: OnlineMeetingRel;
  /** SIP URI participants use to join. */
  onlineMeetingUri?: string;
  /** SIP URI of the person who scheduled the meeting. */
  organizerUri?: string;
  /** Whether people may join by dialing in. */
  phoneUserAdmission?: PhoneUserAdmission;
  /** Meeting title. */
  subject?: string;
  _links?: {
    self?: Link;
    onlineMeetingExtensions?: Link;
  };
}

/**
 * A meeting the user scheduled on their calendar through the API: its join
 * details, attendee and leader lists, and admission settings.
 * @ucwaKind resource
 * @ucwaPage myOnlineMeeting
 */
export interface MyOnlineMeeting extends OnlineMeetingFields {
  rel?: 'myOnlineMeeting';
  _embedded?: MyOnlineMeetingEmbedded;
}

export interface MyOnlineMeetingEmbedded {
  onlineMeetingExtension?: OnlineMeetingExtension[];
}

/**
 * Body of `PUT myOnlineMeeting`: the scheduling fields to change; omitted
 * fields keep their value.
 * @ucwaKind request
 * @ucwaPage myOnlineMeeting
 * @ucwaOperation PUT
 */
export interface MyOnlineMeetingPutInput extends OnlineMeetingSchedule {}
