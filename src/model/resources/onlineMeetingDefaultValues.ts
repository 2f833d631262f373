import type { Link, Integer } from '../base.js';
import type {
  AccessLevel,
  AutomaticLeaderAssignment,
  EntryExitAnnouncement,
  LobbyBypassForPhoneUsers,
  OnlineMeetingRel,
} from '../enums.js';

/**
 * The settings (often chosen by an administrator) that a new meeting gets
 * when the scheduling request leaves them out.
 * @ucwaKind resource
 * @ucwaPage onlineMeetingDefaultValues
 */
export interface OnlineMeetingDefaultValues {
  rel?: 'onlineMeetingDefaultValues';
  accessLevel?: AccessLevel;
  automaticLeaderAssignment?: AutomaticLeaderAssignment;
  /** Template used when the request names none. */
  defaultOnlineMeetingRel?: OnlineMeetingRel;
  entryExitAnnouncement?: EntryExitAnnouncement;
  lobbyBypassForPhoneUsers?: LobbyBypassForPhoneUsers;
  /** Invitee count above which the organizer should be warned. */
  participantsWarningThreshold?: Integer;
  _links?: {
    self?: Link;
  };
}
