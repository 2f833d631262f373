import type { Link } from '../base.js';

/**
 * Hub for the user's meetings: scheduled meetings, the assigned meeting,
 * scheduling defaults, allowed values, policies and dial-in details.
 * @ucwaKind resource
 * @ucwaPage onlineMeetings
 */
export interface OnlineMeetings {
  rel?: 'onlineMeetings';
  _links?: {
    self?: Link;
    myAssignedOnlineMeeting?: Link;
    myOnlineMeetings?: Link;
    onlineMeetingDefaultValues?: Link;
    onlineMeetingEligibleValues?: Link;
    onlineMeetingInvitationCustomization?: Link;
    onlineMeetingPolicies?: Link;
    phoneDialInInformation?: Link;
  };
}
