import type { Link, Integer } from '../base.js';
import type { GenericPolicy } from '../enums.js';

/**
 * Administrator policies for the user's meetings: recording, announcements,
 * dial-in, VoIP and size. Each policy is an on/off switch (the generic
 * policy values; the page's sample writes "None").
 * @ucwaKind resource
 * @ucwaPage onlineMeetingPolicies
 */
export interface OnlineMeetingPolicies {
  rel?: 'onlineMeetingPolicies';
  /** Whether attendance announcements may be turned on or off. */
  entryExitAnnouncement?: GenericPolicy;
  /** Whether external users may record meetings. */
  externalUserMeetingRecording?: GenericPolicy;
  /** Whether internal users may record meetings. */
  meetingRecording?: GenericPolicy;
  /** Invitee count above which the user should be warned. */
  meetingSize?: Integer;
  /** Whether meetings can be joined by phone. */
  phoneUserAdmission?: GenericPolicy;
  /** Whether meetings can be scheduled with VoIP audio. */
  voipAudio?: GenericPolicy;
  _links?: {
    self?: Link;
  };
}
