import type { Link } from '../base.js';
import type { PrivacyRelationshipLevel } from '../enums.js';

/**
 * How close the user has placed a contact (colleagues, workgroup, friends and family,
 * blocked ...), which decides how much presence detail the contact can see. The
 * `contactPrivacyRelationship2` page documents the same resource with its PUT and reset link.
 * @ucwaKind resource
 * @ucwaPage contactPrivacyRelationship
 */
export interface ContactPrivacyRelationship {
  rel?: 'contactPrivacyRelationship';
  /** Version tag of the resource that real servers send (beyond the pages); a client sends it back with a PUT. */
  etag?: string;
  /** The privacy level the user assigned to the contact. */
  relationshipLevel?: PrivacyRelationshipLevel;
  _links?: {
    self?: Link;
    /** Puts the contact back to the default relationship. */
    resetContactPrivacyRelationship?: Link;
  };
}
