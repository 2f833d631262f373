import type { Link } from '../base.js';

/**
 * Collection of the media sessions of an audio/video or application-sharing call.
 * @ucwaKind resource
 * @ucwaPage sessions
 */
export interface Sessions {
  rel?: 'sessions';
  _links?: {
    self?: Link;
  };
}
