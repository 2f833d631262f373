import type { Link, UcwaDate } from '../base.js';
import type {
  AccessLevel,
  AutomaticLeaderAssignment,
  EntryExitAnnouncement,
  LargeMeetingMode,
  LobbyBypassForPhoneUsers,
  OnlineMeetingRel,
  PhoneUserAdmission,
} from '../enums.js';
import type { OnlineMeetingExtension } from './onlineMeetingExtension.js';

/**
 * Read-only view of the meeting a conversation is taking place in, with its
 * join details, disclaimer and organizer. Unlike {@link MyOnlineMeeting} it
 * cannot be edited.
 * @ucwaKind resource
 * @ucwaPage onlineMeeting
 */
export interface OnlineMeeting {
  rel?: 'onlineMeeting';
  accessLevel?: AccessLevel;
  /** SIP URIs of the invited attendees. */
  attendees?: string[];
  automaticLeaderAssignment?: AutomaticLeaderAssignment;
  /** Numeric conference ID that phone (PSTN) callers enter. */
  conferenceId?: string;
  description?: string;
  /** Body of the disclaimer shown before joining. */
  disclaimerBody?: string;
  /** Heading of the disclaimer shown before joining. */
  disclaimerTitle?: string;
  entryExitAnnouncement?: EntryExitAnnouncement;
  /** UTC time after which the meeting may be removed. */
  expirationTime?: UcwaDate;
  /** Network (address) that hosts the meeting. */
  hostingNetwork?: string;
  /** Web address for joining from a browser. */
  joinUrl?: string;
  /** Whether large meeting mode is on. */
  largeMeeting?: LargeMeetingMode;
  /** SIP URIs of the leaders. */
  leaders?: string[];
  lobbyBypassForPhoneUsers?: LobbyBypassForPhoneUsers;
  /** Identifier unique among the organizer's meetings. */
  onlineMeetingId?: string;
  /** Scheduling template the meeting was created from. */
  onlineMeetingRel?: OnlineMeetingRel;
  /** SIP URI participants use to join. */
  onlineMeetingUri?: string;
  /** Display name of the organizer. */
  organizerName?: string;
  /** SIP URI of the organizer. */
  organizerUri?: string;
  phoneUserAdmission?: PhoneUserAdmission;
  subject?: string;
  _links?: {
    self?: Link;
    conversation?: Link;
    onlineMeetingExtensions?: Link;
    organizer?: Link;
    phoneDialInInformation?: Link;
  };
  _embedded?: OnlineMeetingEmbedded;
}

export interface OnlineMeetingEmbedded {
  onlineMeetingExtension?: OnlineMeetingExtension[];
}
