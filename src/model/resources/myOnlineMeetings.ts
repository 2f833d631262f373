import type { Link, UcwaDate } from '../base.js';
import type {
  AccessLevel,
  AutomaticLeaderAssignment,
  EntryExitAnnouncement,
  LobbyBypassForPhoneUsers,
  PhoneUserAdmission,
} from '../enums.js';
import type { MyAssignedOnlineMeeting } from './myAssignedOnlineMeeting.js';
import type { MyOnlineMeeting } from './myOnlineMeeting.js';

/**
 * The meetings on the user's calendar that the API manages; new meetings are
 * scheduled by posting here.
 * @ucwaKind resource
 * @ucwaPage myOnlineMeetings
 */
export interface MyOnlineMeetings {
  rel?: 'myOnlineMeetings';
  _links?: {
    self?: Link;
    myAssignedOnlineMeeting?: Link;
    myOnlineMeeting?: Link[];
  };
  _embedded?: MyOnlineMeetingsEmbedded;
}

export interface MyOnlineMeetingsEmbedded {
  myAssignedOnlineMeeting?: MyAssignedOnlineMeeting[];
  myOnlineMeeting?: MyOnlineMeeting[];
}

/**
 * Body of `POST myOnlineMeetings`: schedules a new meeting. Attendees and
 * leaders must belong to the organization.
 * @ucwaKind request
 * @ucwaPage myOnlineMeetings
 * @ucwaOperation POST
 */
export interface MyOnlineMeetingsPostInput extends OnlineMeetingSchedule {}

/**
 * The scheduling fields a client sets on a meeting: when creating one (POST myOnlineMeetings)
 * and when changing one (PUT myOnlineMeeting, PUT myAssignedOnlineMeeting); omitted fields
 * keep their value.
 */
export interface OnlineMeetingSchedule {
  accessLevel?: AccessLevel;
  /** SIP URIs of the attendees. */
  attendees?: string[];
  automaticLeaderAssignment?: AutomaticLeaderAssignment;
  description?: string;
  entryExitAnnouncement?: EntryExitAnnouncement;
  /** Expiry; the server picks 8 hours from now when absent. */
  expirationTime?: UcwaDate;
  /** SIP URIs of the leaders besides the organizer. */
  leaders?: string[];
  lobbyBypassForPhoneUsers?: LobbyBypassForPhoneUsers;
  phoneUserAdmission?: PhoneUserAdmission;
  subject?: string;
}
