import type { Link } from '../base.js';
import type {
  AccessLevel,
  AutomaticLeaderAssignment,
  EntryExitAnnouncement,
  LobbyBypassForPhoneUsers,
  OnlineMeetingRel,
} from '../enums.js';

/**
 * The values this user is allowed to pick for each meeting setting when
 * scheduling.
 * @ucwaKind resource
 * @ucwaPage onlineMeetingEligibleValues
 */
export interface OnlineMeetingEligibleValues {
  rel?: 'onlineMeetingEligibleValues';
  accessLevels?: AccessLevel[];
  automaticLeaderAssignments?: AutomaticLeaderAssignment[];
  eligibleOnlineMeetingRels?: OnlineMeetingRel[];
  entryExitAnnouncements?: EntryExitAnnouncement[];
  lobbyBypassForPhoneUsersSettings?: LobbyBypassForPhoneUsers[];
  _links?: {
    self?: Link;
    myAssignedOnlineMeeting?: Link;
    myOnlineMeetings?: Link;
  };
}
