import type { Link } from '../base.js';
import type { MyGroupMembership } from './myGroupMembership.js';

/**
 * The memberships of one contact group: one entry per contact placed in
 * it, each linking the contact and the groups it belongs to.
 * @ucwaKind resource
 * @ucwaPage groupMemberships
 */
export interface GroupMemberships {
  rel?: 'groupMemberships';
  _links?: {
    self?: Link;
    myGroupMembership?: Link[];
  };
  _embedded?: GroupMembershipsEmbedded;
}

/** Items of the collection that the server sends in full. */
export interface GroupMembershipsEmbedded {
  myGroupMembership?: MyGroupMembership[];
}
