import type { Link } from '../base.js';

/**
 * Operation that returns call forwarding to the defaults: calls ring the work number and
 * unanswered ones go to voicemail.
 * @ucwaKind resource
 * @ucwaPage turnOffCallForwarding
 */
export interface TurnOffCallForwarding {
  rel?: 'turnOffCallForwarding';
  _links?: {
    self?: Link;
  };
}
