import type { Link, UcwaDate } from '../base.js';
import type {
  AccessLevel,
  AutomaticLeaderAssignment,
  EntryExitAnnouncement,
  LobbyBypassForPhoneUsers,
  OnlineMeetingRel,
  PhoneUserAdmission,
} from '../enums.js';
import type { OnlineMeetingExtension } from './onlineMeetingExtension.js';

/**
 * The user's assigned (reusable) online meeting, typically used for scheduled
 * meetings; the administrator sets its options, and policy may hide it. Same
 * shape as myOnlineMeeting under its own rel; a PUT answers with the updated
 * meeting as a myOnlineMeeting.
 * @ucwaKind resource
 * @ucwaPage myAssignedOnlineMeeting
 */
export interface MyAssignedOnlineMeeting {
  rel?: 'myAssignedOnlineMeeting';
  /** Who may enter without waiting in the lobby. */
  accessLevel?: AccessLevel;
  /** SIP URIs of the attendees. */
  attendees?: string[];
  /** Which participants become leaders automatically on joining. */
  automaticLeaderAssignment?: AutomaticLeaderAssignment;
  /** Number dial-in (PSTN) callers enter to join (digits, sent as a string). */
  conferenceId?: string;
  /** Longer text about the meeting's purpose. */
  description?: string;
  /** Whether people joining by audio are announced by name. */
  entryExitAnnouncement?: EntryExitAnnouncement;
  /** Time after which the meeting may be deleted (UTC). */
  expirationTime?: UcwaDate;
  /** Address for joining from a browser. */
  joinUrl?: string;
  /** SIP URIs of the leaders; the organizer is always one. */
  leaders?: string[];
  /** Meeting URI in the form older clients use. */
  legacyOnlineMeetingUri?: string;
  /** Whether phone users skip the lobby. */
  lobbyBypassForPhoneUsers?: LobbyBypassForPhoneUsers;
  /** Id of the meeting, unique among the organizer's meetings. */
  onlineMeetingId?: string;
  /** Scheduling template the meeting was created with. */
  onlineMeetingRel?: OnlineMeetingRel;
  /** URI participants use to join. */
  onlineMeetingUri?: string;
  /** SIP URI of the person who scheduled the meeting. */
  organizerUri?: string;
  /** Whether people can join by phone through the conferencing attendant. */
  phoneUserAdmission?: PhoneUserAdmission;
  subject?: string;
  _links?: {
    self?: Link;
    onlineMeetingExtensions?: Link;
  };
  _embedded?: MyAssignedOnlineMeetingEmbedded;
}

/** Extensions sent in full with the meeting. */
export interface MyAssignedOnlineMeetingEmbedded {
  onlineMeetingExtension?: OnlineMeetingExtension[];
}

/**
 * Body of `PUT myAssignedOnlineMeeting`: the meeting options to change.
 * @ucwaKind request
 * @ucwaPage myAssignedOnlineMeeting
 * @ucwaOperation PUT
 */
export interface MyAssignedOnlineMeetingPutInput {
  /** Who may enter without waiting in the lobby; check the eligible values first. */
  accessLevel?: AccessLevel;
  /** SIP URIs of the attendees. */
  attendees?: string[];
  /** Which participants become leaders automatically on joining. */
  automaticLeaderAssignment?: AutomaticLeaderAssignment;
  /** Longer text about the meeting's purpose. */
  description?: string;
  /** Whether people joining by audio are announced by name. */
  entryExitAnnouncement?: EntryExitAnnouncement;
  /** Time after which the meeting may be deleted; 8 hours from now when omitted. */
  expirationTime?: UcwaDate;
  /** SIP URIs of the leaders; the organizer need not be listed. */
  leaders?: string[];
  /** Whether phone users skip the lobby. */
  lobbyBypassForPhoneUsers?: LobbyBypassForPhoneUsers;
  /** Whether people can join by phone through the conferencing attendant. */
  phoneUserAdmission?: PhoneUserAdmission;
  subject?: string;
}
