import type { Link } from '../base.js';
import type { DialInRegion } from './dialInRegion.js';

/**
 * How to join a meeting by phone: conference ID, dial-in regions and numbers,
 * and audio conferencing provider details.
 * @ucwaKind resource
 * @ucwaPage phoneDialInInformation
 */
export interface PhoneDialInInformation {
  rel?: 'phoneDialInInformation';
  /** Conference ID phone callers enter. */
  conferenceId?: string;
  /** Region suggested to callers by default. */
  defaultRegion?: string;
  /** Page with dial-in numbers reachable from outside the network. */
  externalDirectoryUri?: string;
  /** Page with dial-in numbers reachable from inside the network. */
  internalDirectoryUri?: string;
  /** Whether an audio conferencing provider (ACP) serves the meeting. */
  isAudioConferenceProviderEnabled?: boolean;
  /** Pass code for the audio conferencing provider. */
  participantPassCode?: string;
  /** Toll-free numbers of the audio conferencing provider. */
  tollFreeNumbers?: string[];
  /** Toll number of the audio conferencing provider. */
  tollNumber?: string;
  _links?: {
    self?: Link;
    dialInRegion?: Link[];
  };
  _embedded?: PhoneDialInInformationEmbedded;
}

export interface PhoneDialInInformationEmbedded {
  dialInRegion?: DialInRegion[];
}
