import type { Link } from '../base.js';

/**
 * One contact's membership in one of the user's groups: a contact that sits
 * in three groups has three of these. Version two of the page (served under
 * the same rel) adds the `delegatesGroup` link and deletion, so this type
 * holds both.
 * @ucwaKind resource
 * @ucwaPage myGroupMembership
 */
export interface MyGroupMembership {
  rel?: 'myGroupMembership';
  _links?: {
    self?: Link;
    contact?: Link;
    defaultGroup?: Link;
    /** Present when the group is the user's delegates group (version two). */
    delegatesGroup?: Link;
    group?: Link;
    pinnedGroup?: Link;
  };
}
