import type { Integer, Link } from '../base.js';
import type { UnansweredCallHandlingTarget } from '../enums.js';

/**
 * The user's settings for calls nobody answers: where they go (voicemail or a number or contact)
 * and how long to wait first.
 * @ucwaKind resource
 * @ucwaPage unansweredCallSettings
 */
export interface UnansweredCallSettings {
  rel?: 'unansweredCallSettings';
  /** Version tag of the resource that real servers send (beyond the pages); a client sends it back with a PUT. */
  etag?: string;
  /** Seconds (5 to 60) to wait for the user or any other target before forwarding. */
  ringDelay?: Integer;
  /** Where unanswered calls currently go; voicemail by default. */
  target?: UnansweredCallHandlingTarget;
  _links?: {
    self?: Link;
    /** The contact (or number) that receives unanswered calls, when the target is a contact. */
    contact?: Link;
    resetUnansweredCallSettings?: Link;
    unansweredCallToContact?: Link;
    unansweredCallToVoicemail?: Link;
  };
}

/**
 * Body of `PUT unansweredCallSettings`: the whole resource with the new delay and target.
 * @ucwaKind request
 * @ucwaPage unansweredCallSettings
 * @ucwaOperation PUT
 */
export type UnansweredCallSettingsPutInput = UnansweredCallSettings;
