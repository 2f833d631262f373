import type { Link } from '../base.js';
import type { GenericPolicy, MuteStatus } from '../enums.js';

/**
 * Audio/video policies the administrator applies to UCWA clients.
 * @ucwaKind resource
 * @ucwaPage audioVideoPolicies
 */
export interface AudioVideoPolicies {
  rel?: 'audioVideoPolicies';
  /** Whether an organizer's audio starts muted when joining their own scheduled meeting. */
  joinScheduledOnlineMeeting?: MuteStatus;
  /** Whether several video streams may be shown at once. */
  multiView?: GenericPolicy;
  _links?: {
    self?: Link;
  };
}
