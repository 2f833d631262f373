import type { Integer, Link } from '../base.js';
import type { BandwidthControlPolicy, EnforcementPolicy, GenericPolicy, RequirementPolicy } from '../enums.js';

/**
 * Media settings the administrator imposes on the client that do not fit as
 * capability links or properties elsewhere: ports, bit rates, encryption,
 * bypass, quality of service. Mostly read by the client's media stack.
 * @ucwaKind resource
 * @ucwaPage mediaPolicies
 */
export interface MediaPolicies {
  rel?: 'mediaPolicies';
  applicationSharingBitRate?: string;
  /** Whether desktop sharing media must, may or cannot be encrypted. */
  applicationSharingEncryption?: EnforcementPolicy;
  audioBitRate?: string;
  /** Media bypass for audio. */
  audioBypass?: GenericPolicy;
  audioBypassId?: string;
  /** Whether audio/video between two endpoints must, may or cannot be encrypted. */
  audioVideoEncryption?: EnforcementPolicy;
  /** Call admission control. */
  bandwidthControl?: BandwidthControlPolicy;
  /** Audio bypass mode toward the outside of the network. */
  externalAudioBypassMode?: string;
  /** Whether the media stack must use FIPS-approved algorithms. */
  fipsCompliantMedia?: RequirementPolicy;
  highPerformanceApplicationSharingInOnlineMeeting?: GenericPolicy;
  /** Audio bypass mode toward the inside of the network. */
  internalAudioBypassMode?: string;
  maximumApplicationSharingPort?: Integer;
  maximumAudioPort?: Integer;
  maximumVideoPort?: Integer;
  maximumVideoRateAllowed?: string;
  minimumApplicationSharingPort?: Integer;
  minimumAudioPort?: Integer;
  minimumVideoPort?: Integer;
  /** Joining meetings with several video streams at once. */
  multiViewJoin?: GenericPolicy;
  /** Warnings about poor audio/video devices. */
  poorDeviceWarnings?: GenericPolicy;
  /** Warnings about poor network conditions. */
  poorNetworkWarnings?: GenericPolicy;
  /** Whether the port ranges above apply. */
  portRange?: GenericPolicy;
  /** Quality-of-service marking of media packets. */
  qualityOfService?: GenericPolicy;
  /** Upper bound of the total received video bit rate, in kilobits. */
  totalReceivedVideoBitRateKB?: string;
  /** Whether video is allowed at all. */
  video?: GenericPolicy;
  videoBitRate?: string;
  _links?: {
    self?: Link;
  };
}
