import type { Link } from '../base.js';
import type {
  AudioPreference,
  GenericPolicy,
  LisQueryResultEnum,
  MessageFormat,
  ModalityType,
} from '../enums.js';

/**
 * The user's communication hub: settings for incoming communication and the links that start
 * conversations, calls and meetings. Events about conversations and invitations are sent
 * from this resource.
 * @ucwaKind resource
 * @ucwaPage communication
 */
export interface Communication {
  rel?: 'communication';
  /** Version tag of the resource, as its ETag header gives it (seen in event-channel captures). */
  etag?: string;
  /** How the user prefers to take incoming audio (VoIP by default, or phone). */
  audioPreference?: AudioPreference;
  /** Whether conversation history is kept. */
  conversationHistory?: GenericPolicy;
  /** Endpoint location returned by the Location Information Service. */
  lisLocation?: string;
  /** Whether the location lookup succeeded. */
  lisQueryResult?: LisQueryResultEnum;
  /**
   * Number of the device where the user wants to be reached.
   * @maxLength 100
   */
  phoneNumber?: string;
  /** Whether the user's endpoint location is published. */
  publishEndpointLocation?: boolean;
  /**
   * Whether simultaneous ring matches this number (undocumented; the examples send it).
   */
  simultaneousRingNumberMatch?: GenericPolicy;
  /** Message formats this application handles. */
  supportedMessageFormats?: MessageFormat[];
  /** Incoming modalities the user wants to receive. */
  supportedModalities?: ModalityType[];
  /** Whether screen sharing over video is available. */
  videoBasedScreenSharing?: GenericPolicy;
  _links?: {
    self?: Link;
    conversationLogs?: Link;
    conversations?: Link;
    joinOnlineMeeting?: Link;
    mediaPolicies?: Link;
    mediaRelayAccessToken?: Link;
    missedItems?: Link;
    replayMessage?: Link;
    startAudioOnBehalfOfDelegator?: Link;
    startAudio?: Link;
    startAudioVideoOnBehalfOfDelegator?: Link;
    startAudioVideo?: Link;
    startEmergencyCall?: Link;
    startMessaging?: Link;
    startOnlineMeeting?: Link;
    startPhoneAudioOnBehalfOfDelegator?: Link;
    startPhoneAudio?: Link;
    startVideo?: Link;
  };
}

/**
 * Body of `PUT communication`: the whole resource with the changed settings.
 * @ucwaKind request
 * @ucwaPage communication
 * @ucwaOperation PUT
 */
export type CommunicationPutInput = Communication;
