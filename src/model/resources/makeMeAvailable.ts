import type { Link } from '../base.js';
import type { AudioPreference, MessageFormat, ModalityType, PreferredAvailability } from '../enums.js';

/**
 * Capability that takes the application out of lurker mode: the user becomes
 * reachable for incoming invitations on the chosen modalities and can publish
 * presence. Outgoing calls and meetings work without it. A POST answers 204.
 * @ucwaKind resource
 * @ucwaPage makeMeAvailable
 */
export interface MakeMeAvailable {
  rel?: 'makeMeAvailable';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST makeMeAvailable`.
 * @ucwaKind request
 * @ucwaPage makeMeAvailable
 * @ucwaOperation POST
 */
export interface MakeMeAvailablePostInput {
  /** How incoming audio should reach the user; VoIP when left out. */
  audioPreference?: AudioPreference;
  /** Idle time (a TimeSpan) before the user counts as inactive; 5 minutes by default. */
  inactiveTimeout?: string;
  /** Number of the device to ring; the server normalizes it but does not test it. */
  phoneNumber?: string;
  /** Availability to publish once the user is available. */
  signInAs?: PreferredAvailability;
  /** Message formats this application can render. */
  supportedMessageFormats?: MessageFormat[];
  /** Incoming modalities the user wants to be invited to. */
  supportedModalities?: ModalityType[];
  /** Wait (a TimeSpan) before an unacknowledged audio invitation falls back to phone audio. */
  voipFallbackToPhoneAudioTimeOut?: string;
}
