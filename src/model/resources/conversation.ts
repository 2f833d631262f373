import type { Integer, Link, UcwaDate } from '../base.js';
import type {
  AudienceMessaging,
  AudienceMuteLock,
  ConversationModalityType,
  ConversationState,
  Importance,
} from '../enums.js';

/**
 * One conversation as the local participant sees it: a call or chat with one person, or a
 * multi-party meeting, with links to each modality, the participant views and the meeting
 * controls the user may use.
 * @ucwaKind resource
 * @ucwaPage conversation
 */
export interface Conversation {
  rel?: 'conversation';
  /** Modalities currently in use. */
  activeModalities?: ConversationModalityType[];
  /** Whether attendees may use instant messaging. */
  audienceMessaging?: AudienceMessaging;
  /** Whether attendees' audio is force-muted. */
  audienceMute?: AudienceMuteLock;
  /** When the conversation was created. */
  created?: UcwaDate;
  /** When the conversation expires. */
  expirationTime?: UcwaDate;
  /** Importance of the conversation. */
  importance?: Importance;
  /** How many participants take part. */
  participantCount?: Integer;
  /** Whether the user has read the conversation on this device. */
  readLocally?: boolean;
  /** Whether the conversation is being recorded. */
  recording?: boolean;
  /** State of the conversation. */
  state?: ConversationState;
  /** Subject of the conversation. */
  subject?: string;
  /** Thread id of the conversation. */
  threadId?: string;
  _links?: {
    self?: Link;
    addParticipant?: Link;
    applicationSharing?: Link;
    attendees?: Link;
    audioVideo?: Link;
    dataCollaboration?: Link;
    disableAudienceMessaging?: Link;
    disableAudienceMuteLock?: Link;
    enableAudienceMessaging?: Link;
    enableAudienceMuteLock?: Link;
    leaders?: Link;
    lobby?: Link;
    localParticipant?: Link;
    messaging?: Link;
    onlineMeeting?: Link;
    participants?: Link;
    phoneAudio?: Link;
    userAcknowledged?: Link;
  };
}
