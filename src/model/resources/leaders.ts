import type { Link } from '../base.js';

/**
 * The participants of an online meeting who hold the leader role.
 * @ucwaKind resource
 * @ucwaPage leaders
 */
export interface Leaders {
  rel?: 'leaders';
  _links?: {
    self?: Link;
    participant?: Link[];
  };
}
