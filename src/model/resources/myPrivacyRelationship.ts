import type { Link } from '../base.js';
import type { PrivacyRelationshipLevel } from '../enums.js';

/**
 * The contacts the user has placed at one privacy relationship level
 * (colleagues, workgroup, blocked, ...).
 * @ucwaKind resource
 * @ucwaPage myPrivacyRelationship
 */
export interface MyPrivacyRelationship {
  rel?: 'myPrivacyRelationship';
  /** The level these contacts share. */
  relationshipLevel?: PrivacyRelationshipLevel;
  _links?: {
    self?: Link;
    contact?: Link[];
  };
}
