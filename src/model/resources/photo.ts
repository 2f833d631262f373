import type { Link } from '../base.js';

/**
 * The signed-in user's picture. Fetching it returns image bytes
 * (`image/jpeg`), not a UCWA document; only links refer to it as a resource.
 * @ucwaKind resource
 * @ucwaPage photo
 */
export interface Photo {
  rel?: 'photo';
  _links?: {
    self?: Link;
  };
}
