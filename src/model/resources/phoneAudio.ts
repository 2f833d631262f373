import type { Link } from '../base.js';
import type { CallState } from '../enums.js';

/**
 * The phone (PSTN) audio part of a conversation: its call state and the
 * actions to start, hold, resume or stop the call.
 * @ucwaKind resource
 * @ucwaPage phoneAudio
 */
export interface PhoneAudio {
  rel?: 'phoneAudio';
  /** Call state (connecting, connected, transferring, ...). */
  state?: CallState;
  _links?: {
    self?: Link;
    addPhoneAudio?: Link;
    conversation?: Link;
    holdPhoneAudio?: Link;
    resumePhoneAudio?: Link;
    stopPhoneAudio?: Link;
  };
}
