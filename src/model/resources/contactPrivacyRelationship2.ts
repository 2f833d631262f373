import type { ContactPrivacyRelationship } from './contactPrivacyRelationship.js';

/**
 * Second page for a contact's privacy relationship, covering the version the user can change
 * with PUT and reset. Same resource (rel `contactPrivacyRelationship`).
 * @ucwaKind resource
 * @ucwaPage contactPrivacyRelationship2
 */
export type ContactPrivacyRelationship2 = ContactPrivacyRelationship;

/**
 * Body of `PUT contactPrivacyRelationship`: the whole resource with the new level.
 * @ucwaKind request
 * @ucwaPage contactPrivacyRelationship2
 * @ucwaOperation PUT
 */
export type ContactPrivacyRelationship2PutInput = ContactPrivacyRelationship;
