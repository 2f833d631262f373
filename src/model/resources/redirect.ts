import type { Link } from '../base.js';

/**
 * Tells the application that the user lives on another server (another pool,
 * or online rather than on premises) and that later requests must go there.
 * @ucwaKind resource
 * @ucwaPage redirect
 */
export interface Redirect {
  rel?: 'redirect';
  _links?: {
    self?: Link;
    /** The user resource on the server to use instead. */
    user?: Link;
    /** Cross-domain frame of that server, for browser clients. */
    xframe?: Link;
  };
}
