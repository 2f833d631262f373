import type { Link } from '../base.js';

/**
 * Operation that puts the privacy relationship with a contact back to its default level.
 * @ucwaKind resource
 * @ucwaPage resetContactPrivacyRelationship
 */
export interface ResetContactPrivacyRelationship {
  rel?: 'resetContactPrivacyRelationship';
  _links?: {
    self?: Link;
  };
}
