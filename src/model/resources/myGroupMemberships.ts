import type { Link } from '../base.js';
import type { MyGroupMembership } from './myGroupMembership.js';

/**
 * Read-only collection of every contact-to-group membership of the user.
 * @ucwaKind resource
 * @ucwaPage myGroupMemberships
 */
export interface MyGroupMemberships {
  rel?: 'myGroupMemberships';
  _links?: {
    self?: Link;
    myGroupMembership?: Link[];
  };
  _embedded?: MyGroupMembershipsEmbedded;
}

export interface MyGroupMembershipsEmbedded {
  myGroupMembership?: MyGroupMembership[];
}
