import type { Link } from '../base.js';
import type { MyPrivacyRelationship } from './myPrivacyRelationship.js';

/**
 * All privacy relationship levels of the user, one entry per level.
 * @ucwaKind resource
 * @ucwaPage myPrivacyRelationships
 */
export interface MyPrivacyRelationships {
  rel?: 'myPrivacyRelationships';
  _links?: {
    self?: Link;
    myPrivacyRelationship?: Link[];
  };
  _embedded?: MyPrivacyRelationshipsEmbedded;
}

export interface MyPrivacyRelationshipsEmbedded {
  myPrivacyRelationship?: MyPrivacyRelationship[];
}
