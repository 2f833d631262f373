/**
 * The enumerations of UCWA 2.0, one string union per reference page. Members
 * the pages leave out but examples or request-body hints use are included
 * (see test/reference/known-errors.ts).
 */

/**
 * Who may enter an online meeting without waiting in the lobby.
 * @ucwaKind enum
 * @ucwaPage AccessLevel
 */
export type AccessLevel = 'Everyone' | 'Invited' | 'Locked' | 'None' | 'SameEnterprise';

/**
 * When the call forwarding settings take effect: at all times or only during working hours.
 * @ucwaKind enum
 * @ucwaPage ActivePeriod
 */
export type ActivePeriod = 'Always' | 'Workhours';

/**
 * Whether the attendees of an audience conversation may send instant messages.
 * @ucwaKind enum
 * @ucwaPage AudienceMessaging
 */
export type AudienceMessaging = 'Disabled' | 'Enabled' | 'Unknown';

/**
 * Whether attendees are prevented from unmuting their own audio and video.
 * @ucwaKind enum
 * @ucwaPage AudienceMuteLock
 */
export type AudienceMuteLock = 'Disabled' | 'Enabled' | 'Unknown';

/**
 * How the user prefers to take incoming audio: through a phone or over VoIP.
 * @ucwaKind enum
 * @ucwaPage AudioPreference
 */
export type AudioPreference = 'PhoneAudio' | 'VoipAudio';

/**
 * State of the call an audio transcript records.
 * @ucwaKind enum
 * @ucwaPage AudioTranscriptStatus
 */
export type AudioTranscriptStatus = 'Connected' | 'Ended' | 'Transferred' | 'Unknown';

/**
 * Which joining users become meeting leaders (presenters) without being promoted by hand.
 * @ucwaKind enum
 * @ucwaPage AutomaticLeaderAssignment
 */
export type AutomaticLeaderAssignment = 'Disabled' | 'Everyone' | 'SameEnterprise';

/**
 * Presence state of a contact as others see it.
 * @ucwaKind enum
 * @ucwaPage Availability
 */
export type Availability =
  | 'Away'
  | 'BeRightBack'
  | 'Busy'
  | 'DoNotDisturb'
  | 'IdleBusy'
  | 'IdleOnline'
  | 'Offline'
  | 'Online';

/**
 * Whether call admission control limits media bandwidth, and whether it only reports.
 * @ucwaKind enum
 * @ucwaPage BandwidthControlPolicy
 */
export type BandwidthControlPolicy = 'Off' | 'OffReportMode' | 'On' | 'OnReportMode';

/**
 * Why an incoming call or media offer was refused.
 * @ucwaKind enum
 * @ucwaPage CallDeclineReason
 */
export type CallDeclineReason =
  | 'CodecMismatch'
  | 'EncryptionMismatch'
  | 'Global'
  | 'IPv6NotSupported'
  | 'InsufficientBandwidth'
  | 'InsufficientBandwidthRerouteOverPstn'
  | 'InvalidMediaOffer'
  | 'Local'
  | 'MediaAllocationFailure'
  | 'MediaConnectivityFailure'
  | 'Unknown'
  | 'UnsupportedMedia';

/**
 * Which forwarding mode is active for incoming calls (`None`: calls are not forwarded).
 * @ucwaKind enum
 * @ucwaPage CallForwardingState
 */
export type CallForwardingState = 'ImmediateForward' | 'None' | 'SimultaneousRing';

/**
 * Progress of a call through its life cycle.
 * @ucwaKind enum
 * @ucwaPage CallState
 */
export type CallState = 'Connected' | 'Connecting' | 'Disconnected' | 'Disconnecting' | 'Transferring';

/**
 * Why a call ended, as reported in call quality feedback and diagnostics.
 * @ucwaKind enum
 * @ucwaPage CallTerminationReason
 */
export type CallTerminationReason =
  | 'CallEstablishFailureBothInternal'
  | 'CallEstablishFailureOneInternalOneExternal'
  | 'Cancel'
  | 'CodecMismatch'
  | 'ConversationSuspendedLossNetwork'
  | 'FailedStartAudioStream'
  | 'InternalFailure'
  | 'InvalidMediaAnswer'
  | 'MediaConnectivityFailure'
  | 'MediaTimeout'
  | 'MidCallFailureBothInternal'
  | 'MidCallFailureOneInternalOneExternal'
  | 'SharerLeftConference'
  | 'Unknown'
  | 'UnsupportedMedia'
  | 'UserInitiatedAction';

/**
 * Whether the client sits inside the corporate network or outside it.
 * @ucwaKind enum
 * @ucwaPage ClientNetworkType
 */
export type ClientNetworkType = 'External' | 'Internal';

/**
 * Kind of device a contact is signed in with.
 * @ucwaKind enum
 * @ucwaPage ContactDeviceType
 */
export type ContactDeviceType = 'DeskPhone' | 'Mobile' | 'PC' | 'Unknown' | 'Web';

/**
 * Kind of entity a contact represents (a person, a phone number, an automated agent).
 * @ucwaKind enum
 * @ucwaPage ContactType
 */
export type ContactType = 'Bot' | 'Phone' | 'ReplayBot' | 'User';

/**
 * Whether a logged conversation was kept or was missed.
 * @ucwaKind enum
 * @ucwaPage ConversationLogStatus
 */
export type ConversationLogStatus = 'Archived' | 'Missed';

/**
 * Kind of communication a conversation log entry records.
 * @ucwaKind enum
 * @ucwaPage ConversationLogType
 */
export type ConversationLogType =
  | 'AppSharingLog'
  | 'AudioLog'
  | 'ConferenceLog'
  | 'MessageLog'
  | 'UnknownLog'
  | 'VideoLog';

/**
 * A modality that can be in use in a conversation.
 * @ucwaKind enum
 * @ucwaPage ConversationModalityType
 */
export type ConversationModalityType =
  | 'ApplicationSharing'
  | 'Audio'
  | 'DataCollaboration'
  | 'Messaging'
  | 'PanoramicVideo'
  | 'Video';

/**
 * Progress of a conversation, from an incoming invitation to its end.
 * @ucwaKind enum
 * @ucwaPage ConversationState
 */
export type ConversationState =
  | 'Conferenced'
  | 'Conferencing'
  | 'Connected'
  | 'Connecting'
  | 'Disconnected'
  | 'Disconnecting'
  | 'InLobby'
  | 'Incoming';

/**
 * Whether a call, message or invitation comes in or goes out.
 * @ucwaKind enum
 * @ucwaPage Direction
 */
export type Direction = 'Incoming' | 'Outgoing';

/**
 * Whether a feature is enforced, merely supported, or unavailable under the user's policy.
 * @ucwaKind enum
 * @ucwaPage EnforcementPolicy
 */
export type EnforcementPolicy = 'Enforced' | 'NotSupported' | 'Supported';

/**
 * Whether the meeting announces people who join or leave.
 * @ucwaKind enum
 * @ucwaPage EntryExitAnnouncement
 */
export type EntryExitAnnouncement = 'Disabled' | 'Enabled' | 'Unsupported';

/**
 * Main classification of a failure, mostly mirroring the HTTP status (the `code` of an error body).
 * @ucwaKind enum
 * @ucwaPage ErrorCode
 */
export type ErrorCode =
  | 'BadRequest'
  | 'Conflict'
  | 'EntityTooLarge'
  | 'ExchangeServiceFailure'
  | 'Forbidden'
  | 'GatewayTimeout'
  | 'Gone'
  | 'Informational'
  | 'LocalFailure'
  | 'MethodNotAllowed'
  | 'NotAcceptable'
  | 'NotFound'
  | 'PreconditionFailed'
  | 'PreconditionRequired'
  | 'RemoteFailure'
  | 'ServiceFailure'
  | 'ServiceUnavailable'
  | 'Timeout'
  | 'TooManyRequests'
  | 'UnsupportedMediaType';

/**
 * Finer classification of a failure or of the reason an event was sent (the `subcode` of an error body).
 * New subcodes may appear at any time, so readers should tolerate unknown values.
 * @ucwaKind enum
 * @ucwaPage ErrorSubcode
 */
export type ErrorSubcode =
  | 'APIVersionNotSupported'
  | 'AlreadyExists'
  | 'AnonymousNotAllowed'
  | 'AnotherOperationPending'
  | 'ApplicationNotFound'
  | 'AttendeeNotAllowed'
  | 'AutoAccepted'
  | 'Busy'
  | 'CallTerminated'
  | 'CallbackChannelError'
  | 'CallbackUriUnreachable'
  | 'Canceled'
  | 'CannotRedirect'
  | 'ConnectedElsewhere'
  | 'ConversationNotFound'
  | 'Declined'
  | 'Demoted'
  | 'Denied'
  | 'DerivedConversation'
  | 'DeserializationFailure'
  | 'DestinationNotFound'
  | 'DialoutNotAllowed'
  | 'DoNotDisturb'
  | 'Ejected'
  | 'Ended'
  | 'EscalationFailed'
  | 'ExchangeTimeout'
  | 'Expired'
  | 'FederationRequired'
  | 'Forwarded'
  | 'IPv6NotSupported'
  | 'InactiveApplicationExpired'
  | 'InsufficientBandwidth'
  | 'InvalidExchangeServerVersion'
  | 'InvalidMediaDescription'
  | 'InviteesOnly'
  | 'LimitExceeded'
  | 'LisServiceUnavailable'
  | 'MakeMeAvailableRequired'
  | 'MaxEventCountReached'
  | 'MediaEncryptionMismatch'
  | 'MediaEncryptionNotSupported'
  | 'MediaEncryptionRequired'
  | 'MediaFailure'
  | 'MediaFallback'
  | 'MediaNegotiationFailure'
  | 'MediaNegotiationTimeOut'
  | 'MigrationInProgress'
  | 'Missed'
  | 'ModalityNotSupported'
  | 'NewContentSharer'
  | 'NoDelegatesConfigured'
  | 'NoLocationFound'
  | 'NoTeamMembersConfigured'
  | 'None'
  | 'NormalizationFailed'
  | 'NotAcceptable'
  | 'NotAllowed'
  | 'OperationNotSupported'
  | 'PGetReplaced'
  | 'ParameterValidationFailure'
  | 'PhoneNumberConflict'
  | 'ProvisioningDataUnavailable'
  | 'PstnCallFailed'
  | 'Redirected'
  | 'Removed'
  | 'Replaced'
  | 'RepliedWithOtherModality'
  | 'SessionSwitched'
  | 'TemporarilyUnavailable'
  | 'ThreadIdAlreadyExists'
  | 'Timeout'
  | 'TooManyApplications'
  | 'TooManyContacts'
  | 'TooManyConversations'
  | 'TooManyGroups'
  | 'TooManyLobbyParticipants'
  | 'TooManyOnlineMeetings'
  | 'TooManyParticipants'
  | 'TransferDeclined'
  | 'TransferTargetDeclined'
  | 'Transferred'
  | 'Unavailable'
  | 'UnprocessableEntity'
  | 'Unreachable'
  | 'UnsupportedMediaType'
  | 'UserAgentNotAllowed';

/**
 * Why a transcript could not be produced.
 * @ucwaKind enum
 * @ucwaPage ErrorTranscriptReason
 */
export type ErrorTranscriptReason = 'TranscriptionFailed';

/**
 * On/off setting of a policy.
 * @ucwaKind enum
 * @ucwaPage GenericPolicy
 */
export type GenericPolicy = 'Disabled' | 'Enabled' | 'None';

/**
 * Where calls go when immediate forwarding is on.
 * @ucwaKind enum
 * @ucwaPage ImmediateForwardSettingsTarget
 */
export type ImmediateForwardSettingsTarget = 'Contact' | 'Delegates' | 'None' | 'Voicemail';

/**
 * Urgency the caller attaches to a conversation or call.
 * @ucwaKind enum
 * @ucwaPage Importance
 */
export type Importance = 'Emergency' | 'Normal' | 'Urgent';

/**
 * Progress of an invitation the user sent.
 * @ucwaKind enum
 * @ucwaPage InvitationState
 */
export type InvitationState =
  | 'Alerting'
  | 'Cancelled'
  | 'Connected'
  | 'Connecting'
  | 'Declined'
  | 'Failed'
  | 'Forwarded'
  | 'TeamRing';

/**
 * Whether an online meeting runs in the large-meeting mode.
 * @ucwaKind enum
 * @ucwaPage LargeMeetingMode
 */
export type LargeMeetingMode = 'Disabled' | 'Enabled' | 'Unknown';

/**
 * Outcome of a location information service (LIS) lookup.
 * @ucwaKind enum
 * @ucwaPage LisQueryResultEnum
 */
export type LisQueryResultEnum = 'Failed' | 'Succeeded';

/**
 * Whether people dialing in by phone skip the meeting lobby.
 * @ucwaKind enum
 * @ucwaPage LobbyBypassForPhoneUsers
 */
export type LobbyBypassForPhoneUsers = 'Disabled' | 'Enabled';

/**
 * Whether the user must supply a location (for emergency calls), possibly with a disclaimer.
 * @ucwaKind enum
 * @ucwaPage LocationRequiredEnum
 */
export type LocationRequiredEnum = 'Disclaimer' | 'No' | 'Yes';

/**
 * Direction in which media flows on a channel.
 * @ucwaKind enum
 * @ucwaPage MediaDirectionType
 */
export type MediaDirectionType = 'Inactive' | 'ReceiveOnly' | 'SendOnly' | 'SendReceive' | 'Unknown';

/**
 * Format of instant message text: plain text or HTML.
 * @ucwaKind enum
 * @ucwaPage MessageFormat
 */
export type MessageFormat = 'Html' | 'Plain';

/**
 * A way of communicating that an application can support or a contact can use.
 * @ucwaKind enum
 * @ucwaPage ModalityType
 */
export type ModalityType =
  | 'ApplicationSharing'
  | 'Audio'
  | 'DataCollaboration'
  | 'Messaging'
  | 'PanoramicVideo'
  | 'PhoneAudio'
  | 'Video';

/**
 * Whether a participant's audio or video is muted.
 * @ucwaKind enum
 * @ucwaPage MuteStatus
 */
export type MuteStatus = 'Muted' | 'Unmuted';

/**
 * Kind of note shown for a user.
 * @ucwaKind enum
 * @ucwaPage NoteType
 */
export type NoteType = 'OutOfOffice' | 'Personal';

/**
 * What an online meeting extension stores.
 * @ucwaKind enum
 * @ucwaPage OnlineMeetingExtensionType
 */
export type OnlineMeetingExtensionType = 'RoamedOrganizerData' | 'RoamedParticipantData' | 'Undefined';

/**
 * Link name of the collection where new online meetings are created by default.
 * @ucwaKind enum
 * @ucwaPage OnlineMeetingRel
 */
export type OnlineMeetingRel = 'myAssignedOnlineMeeting' | 'myOnlineMeetings';

/**
 * Whether people may join an online meeting by dialing in.
 * @ucwaKind enum
 * @ucwaPage PhoneUserAdmission
 */
export type PhoneUserAdmission = 'Disabled' | 'Enabled';

/**
 * Presence state the user can choose for themselves.
 * @ucwaKind enum
 * @ucwaPage PreferredAvailability
 */
export type PreferredAvailability = 'Away' | 'BeRightBack' | 'Busy' | 'DoNotDisturb' | 'Offwork' | 'Online';

/**
 * How much presence information a contact is allowed to see.
 * @ucwaKind enum
 * @ucwaPage PrivacyRelationshipLevel
 */
export type PrivacyRelationshipLevel =
  | 'Blocked'
  | 'Colleagues'
  | 'External'
  | 'FriendsAndFamily'
  | 'Unknown'
  | 'Workgroup';

/**
 * Why a media renegotiation was refused.
 * @ucwaKind enum
 * @ucwaPage ReNegotiationDeclineReason
 */
export type ReNegotiationDeclineReason =
  | 'Conflict'
  | 'EncryptionMismatch'
  | 'IPv6NotSupported'
  | 'InsufficientBandwidth'
  | 'InvalidMediaOffer'
  | 'MediaAllocationFailure'
  | 'Unknown'
  | 'UnsupportedMedia';

/**
 * From where a media relay can be reached: the internet, the intranet or both.
 * @ucwaKind enum
 * @ucwaPage RelayLocation
 */
export type RelayLocation = 'All' | 'Internet' | 'Intranet';

/**
 * Whether a setting is mandatory.
 * @ucwaKind enum
 * @ucwaPage RequirementPolicy
 */
export type RequirementPolicy = 'NotRequired' | 'Required';

/**
 * Role of a participant in a meeting.
 * @ucwaKind enum
 * @ucwaPage Role
 */
export type Role = 'Attendee' | 'Leader' | 'Unknown';

/**
 * Progress of a media session.
 * @ucwaKind enum
 * @ucwaPage SessionState
 */
export type SessionState = 'Established' | 'Establishing' | 'Suspended';

/**
 * Who else rings at the same time as the user (`None`: nobody).
 * @ucwaKind enum
 * @ucwaPage SimultaneousRingTarget
 */
export type SimultaneousRingTarget = 'Contact' | 'Delegates' | 'None' | 'Team';

/**
 * Network a participant or contact comes from, relative to the user's organization.
 * @ucwaKind enum
 * @ucwaPage SourceNetwork
 */
export type SourceNetwork = 'Everyone' | 'Federated' | 'PublicCloud' | 'SameEnterprise' | 'Unknown';

/**
 * Outcome of a job such as sending a message.
 * @ucwaKind enum
 * @ucwaPage Status
 */
export type Status = 'Failed' | 'Pending' | 'Succeeded';

/**
 * Progress of a subscription.
 * @ucwaKind enum
 * @ucwaPage SubscriptionState
 */
export type SubscriptionState = 'Connected' | 'Connecting' | 'Disconnected' | 'Disconnecting';

/**
 * Where unanswered calls go (`None`: nowhere).
 * @ucwaKind enum
 * @ucwaPage UnansweredCallHandlingTarget
 */
export type UnansweredCallHandlingTarget = 'Contact' | 'None' | 'Voicemail';

/**
 * Whether unanswered calls are forwarded.
 * @ucwaKind enum
 * @ucwaPage UnansweredCallHandling
 */
export type UnansweredCallHandling = 'Disabled' | 'Enabled';

/**
 * Which participants may send video in an online meeting.
 * @ucwaKind enum
 * @ucwaPage VideoSourcesAllowed
 */
export type VideoSourcesAllowed = 'Everyone' | 'OneParticipant' | 'PresentersOnly' | 'Unknown';
