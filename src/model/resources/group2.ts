import type { Group } from './group.js';

/**
 * Version two of the personal contact group: the same resource (rel `group`),
 * which can also be renamed with PUT and removed with DELETE.
 * @ucwaKind resource
 * @ucwaPage group2
 */
export type Group2 = Group;

/**
 * Body of `PUT group2`: the whole group resource, as last read (with its
 * GUID-named token), carrying the new name.
 * @ucwaKind request
 * @ucwaPage group2
 * @ucwaOperation PUT
 */
export type Group2PutInput = Group;
