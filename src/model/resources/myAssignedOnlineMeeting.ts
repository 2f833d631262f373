import type { OnlineMeetingFields } from './myOnlineMeeting.js';
import type { OnlineMeetingSchedule } from './myOnlineMeetings.js';
import type { OnlineMeetingExtension } from './onlineMeetingExtension.js';

/**
 * The user's assigned (reusable) online meeting, typically used for scheduled
 * meetings; the administrator sets its options, and policy may hide it. Same
 * shape as myOnlineMeeting under its own rel; a PUT answers with the updated
 * meeting as a myOnlineMeeting.
 * @ucwaKind resource
 * @ucwaPage myAssignedOnlineMeeting
 */
export interface MyAssignedOnlineMeeting extends OnlineMeetingFields {
  rel?: 'myAssignedOnlineMeeting';
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
export interface MyAssignedOnlineMeetingPutInput extends OnlineMeetingSchedule {}
