/**
 * Kind of note shown for a user.
 * @ucwaKind enum
 * @ucwaPage NoteType
 */
export type NoteType = 'Personal' | 'OutOfOffice';

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage AccessLevel
 */
export type AccessLevel = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage ActivePeriod
 */
export type ActivePeriod = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage AudienceMessaging
 */
export type AudienceMessaging = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage AudienceMuteLock
 */
export type AudienceMuteLock = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage AudioPreference
 */
export type AudioPreference = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage AudioTranscriptStatus
 */
export type AudioTranscriptStatus = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage AutomaticLeaderAssignment
 */
export type AutomaticLeaderAssignment = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage Availability
 */
export type Availability = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage BandwidthControlPolicy
 */
export type BandwidthControlPolicy = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage CallDeclineReason
 */
export type CallDeclineReason = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage CallForwardingState
 */
export type CallForwardingState = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage CallState
 */
export type CallState = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage CallTerminationReason
 */
export type CallTerminationReason = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage ClientNetworkType
 */
export type ClientNetworkType = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage ContactDeviceType
 */
export type ContactDeviceType = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage ContactType
 */
export type ContactType = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage ConversationLogStatus
 */
export type ConversationLogStatus = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage ConversationLogType
 */
export type ConversationLogType = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage ConversationModalityType
 */
export type ConversationModalityType = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage ConversationState
 */
export type ConversationState = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage Direction
 */
export type Direction = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage EnforcementPolicy
 */
export type EnforcementPolicy = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage EntryExitAnnouncement
 */
export type EntryExitAnnouncement = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage ErrorCode
 */
export type ErrorCode = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage ErrorSubcode
 */
export type ErrorSubcode = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage ErrorTranscriptReason
 */
export type ErrorTranscriptReason = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage GenericPolicy
 */
export type GenericPolicy = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage ImmediateForwardSettingsTarget
 */
export type ImmediateForwardSettingsTarget = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage Importance
 */
export type Importance = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage InvitationState
 */
export type InvitationState = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage LargeMeetingMode
 */
export type LargeMeetingMode = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage LisQueryResultEnum
 */
export type LisQueryResultEnum = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage LobbyBypassForPhoneUsers
 */
export type LobbyBypassForPhoneUsers = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage LocationRequiredEnum
 */
export type LocationRequiredEnum = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage MediaDirectionType
 */
export type MediaDirectionType = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage MessageFormat
 */
export type MessageFormat = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage ModalityType
 */
export type ModalityType = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage MuteStatus
 */
export type MuteStatus = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage OnlineMeetingExtensionType
 */
export type OnlineMeetingExtensionType = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage OnlineMeetingRel
 */
export type OnlineMeetingRel = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage PhoneUserAdmission
 */
export type PhoneUserAdmission = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage PreferredAvailability
 */
export type PreferredAvailability = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage PrivacyRelationshipLevel
 */
export type PrivacyRelationshipLevel = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage ReNegotiationDeclineReason
 */
export type ReNegotiationDeclineReason = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage RelayLocation
 */
export type RelayLocation = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage RequirementPolicy
 */
export type RequirementPolicy = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage Role
 */
export type Role = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage SessionState
 */
export type SessionState = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage SimultaneousRingTarget
 */
export type SimultaneousRingTarget = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage SourceNetwork
 */
export type SourceNetwork = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage Status
 */
export type Status = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage SubscriptionState
 */
export type SubscriptionState = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage UnansweredCallHandlingTarget
 */
export type UnansweredCallHandlingTarget = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage UnansweredCallHandling
 */
export type UnansweredCallHandling = string;

/**
 * Placeholder until the page is modelled.
 * @ucwaKind enum
 * @ucwaPage VideoSourcesAllowed
 */
export type VideoSourcesAllowed = string;
