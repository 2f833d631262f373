import type { Link } from '../base.js';
import type { ActivePeriod, CallForwardingState, UnansweredCallHandling } from '../enums.js';
import type { ImmediateForwardSettings } from './immediateForwardSettings.js';
import type { SimultaneousRingSettings } from './simultaneousRingSettings.js';
import type { UnansweredCallSettings } from './unansweredCallSettings.js';

/**
 * The user's call-routing rules: which forwarding mode is on (immediate forward or
 * simultaneous ring), when it applies, and what happens to unanswered calls. The three
 * detailed settings come embedded.
 * @ucwaKind resource
 * @ucwaPage callForwardingSettings
 */
export interface CallForwardingSettings {
  rel?: 'callForwardingSettings';
  /** Version tag of the resource that real servers send (beyond the pages); a client sends it back with a PUT. */
  etag?: string;
  /** When the rules apply: always or during work hours. */
  activePeriod?: ActivePeriod;
  /** The forwarding mode in force. */
  activeSetting?: CallForwardingState;
  /** Whether unanswered calls are forwarded (off while immediate forward is on). */
  unansweredCallHandling?: UnansweredCallHandling;
  _links?: {
    self?: Link;
    turnOffCallForwarding?: Link;
    immediateForwardSettings?: Link;
    simultaneousRingSettings?: Link;
    unansweredCallSettings?: Link;
  };
  _embedded?: CallForwardingSettingsEmbedded;
}

export interface CallForwardingSettingsEmbedded {
  immediateForwardSettings?: ImmediateForwardSettings;
  simultaneousRingSettings?: SimultaneousRingSettings;
  unansweredCallSettings?: UnansweredCallSettings;
}

/**
 * Body of `PUT callForwardingSettings`: the whole resource with the changed values.
 * @ucwaKind request
 * @ucwaPage callForwardingSettings
 * @ucwaOperation PUT
 */
export type CallForwardingSettingsPutInput = CallForwardingSettings;
