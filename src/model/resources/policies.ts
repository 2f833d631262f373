import type { Link, Integer } from '../base.js';
import type { GenericPolicy, LocationRequiredEnum } from '../enums.js';

/**
 * Administrator settings that apply to the user's application, from
 * messaging features and logging to mobile restrictions and emergency
 * calling. The user cannot change them.
 * @ucwaKind resource
 * @ucwaPage policies
 */
export interface Policies {
  rel?: 'policies';
  /** Mobile: may device contacts be synchronized. */
  allowDeviceContactsSync?: GenericPolicy;
  /** Mobile: audio only over Wi-Fi. */
  audioOnlyOnWifi?: GenericPolicy;
  /** Whether client-side call logging is on by default. */
  callLogArchiving?: GenericPolicy;
  /** Whether mobile users may take part in the Customer Experience Improvement Program. */
  customerExperienceImprovementProgram?: GenericPolicy;
  /** Alternative number that dials the emergency number. */
  emergencyDialMask?: string;
  /** Emergency number dialed for the mask. */
  emergencyDialString?: string;
  /** Emergency number and mask combinations; takes precedence over emergencyDialString. */
  emergencyNumbers?: string[];
  /** Disclaimer to show when no location could be obtained. */
  emergencyServiceDisclaimer?: string;
  /** Whether emoticons are allowed in messages. */
  emoticons?: GenericPolicy;
  /** Mobile: encrypt application data. */
  encryptAppData?: GenericPolicy;
  /** Mobile: may the client connect to Exchange. */
  clientExchangeConnectivity?: GenericPolicy;
  /** Whether the user has Exchange Unified Messaging. */
  exchangeUnifiedMessaging?: GenericPolicy;
  /** Opaque hint telling the client which help to show. */
  helpEnvironment?: string;
  /** Whether HTML messages are allowed. */
  htmlMessaging?: GenericPolicy;
  /** Hours between location refreshes from the location service. */
  locationRefreshInterval?: Integer;
  /** Whether a location is required before calling. */
  locationRequired?: LocationRequiredEnum;
  /** Whether client-side logging is on by default. */
  logging?: GenericPolicy;
  /** Expected level of client-side logging. */
  loggingLevel?: string;
  /** Whether message transcripts are archived by default. */
  messageArchiving?: GenericPolicy;
  /** Whether URLs in messages are clickable. */
  messagingUrls?: GenericPolicy;
  multiViewJoin?: GenericPolicy;
  onlineFeedbackUrl?: string;
  /** Whether contact photos are enabled in the organization. */
  photos?: GenericPolicy;
  /** Mobile: may call logs be stored on the device. */
  saveCallLogs?: GenericPolicy;
  /** Mobile: may credentials be stored on the device. */
  saveCredentials?: GenericPolicy;
  /** Mobile: may message history be stored on the device. */
  saveMessagingHistory?: GenericPolicy;
  sendFeedbackUrl?: string;
  /** Mobile: sharing only over Wi-Fi. */
  sharingOnlyOnWifi?: GenericPolicy;
  /** Whether anonymous quality metrics are collected. */
  softwareQualityMetrics?: GenericPolicy;
  /** Which audio capabilities the user has (audio/video, phone audio, ...). */
  telephonyMode?: string;
  /** Whether the location is sent only with emergency calls. */
  useLocationForE911Only?: GenericPolicy;
  /** Mobile: video only over Wi-Fi. */
  videoOnlyOnWifi?: GenericPolicy;
  /** URI to call for voicemail. */
  voicemailUri?: string;
  _links?: {
    self?: Link;
  };
}
