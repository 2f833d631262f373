import type { Link } from '../base.js';

/**
 * Present while a participant takes part in data collaboration.
 * @ucwaKind resource
 * @ucwaPage participantDataCollaboration
 */
export interface ParticipantDataCollaboration {
  rel?: 'participantDataCollaboration';
  _links?: {
    self?: Link;
    participant?: Link;
  };
}
