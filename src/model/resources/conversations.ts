import type { Link } from '../base.js';

/**
 * The user's conversations that are going on now.
 * @ucwaKind resource
 * @ucwaPage conversations
 */
export interface Conversations {
  rel?: 'conversations';
  _links?: {
    self?: Link;
    conversation?: Link[];
  };
}
