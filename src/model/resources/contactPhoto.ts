import type { Link } from '../base.js';

/**
 * A contact's picture. A GET returns the image itself (e.g. `image/jpeg`, size chosen
 * with the `size` query parameter), not a UCWA body; only the link is modelled.
 * @ucwaKind resource
 * @ucwaPage contactPhoto
 */
export interface ContactPhoto {
  rel?: 'contactPhoto';
  _links?: {
    self?: Link;
  };
}
