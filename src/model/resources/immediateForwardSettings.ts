import type { Link } from '../base.js';
import type { ImmediateForwardSettingsTarget } from '../enums.js';

/**
 * Settings for sending incoming calls elsewhere without ringing the user's
 * work number: to a contact or number, to the delegates, or to voicemail.
 * @ucwaKind resource
 * @ucwaPage immediateForwardSettings
 */
export interface ImmediateForwardSettings {
  rel?: 'immediateForwardSettings';
  /** Kind of destination calls are currently forwarded to. */
  target?: ImmediateForwardSettingsTarget;
  _links?: {
    self?: Link;
    /** The contact calls are forwarded to, when the target is a contact. */
    contact?: Link;
    immediateForwardToContact?: Link;
    immediateForwardToDelegates?: Link;
    immediateForwardToVoicemail?: Link;
  };
}
