import type { Link } from '../base.js';

/**
 * Present while a participant takes part in instant messaging.
 * @ucwaKind resource
 * @ucwaPage participantMessaging
 */
export interface ParticipantMessaging {
  rel?: 'participantMessaging';
  _links?: {
    self?: Link;
    participant?: Link;
  };
}
