import type { Link } from '../base.js';

/**
 * The instant messages of a conversation, as links.
 * @ucwaKind resource
 * @ucwaPage messages
 */
export interface Messages {
  rel?: 'messages';
  _links?: {
    self?: Link;
    message?: Link[];
  };
}
