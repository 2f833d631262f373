import type { Link } from '../base.js';

/**
 * Operation that asks the server to deliver again, to this application, a notification that an
 * application endpoint sent.
 * @ucwaKind resource
 * @ucwaPage replayMessage
 */
export interface ReplayMessage {
  rel?: 'replayMessage';
  _links?: {
    self?: Link;
  };
}
