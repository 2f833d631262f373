import type { Link } from '../base.js';

/**
 * Link resource telling that the user has acknowledged something shown to them (no properties
 * are documented).
 * @ucwaKind resource
 * @ucwaPage userAcknowledged
 */
export interface UserAcknowledged {
  rel?: 'userAcknowledged';
  _links?: {
    self?: Link;
  };
}
