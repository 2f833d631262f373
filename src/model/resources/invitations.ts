import type { Link } from '../base.js';

/**
 * The collection of the application's invitations. The reference documents
 * no content besides its own link.
 * @ucwaKind resource
 * @ucwaPage invitations
 */
export interface Invitations {
  rel?: 'invitations';
  _links?: {
    self?: Link;
  };
}
