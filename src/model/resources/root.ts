import type { Link } from '../base.js';

/**
 * Autodiscovery entry point: the first resource an application fetches, which tells it where the
 * user entry point (and, for browsers, the cross-domain frame) lives.
 * @ucwaKind resource
 * @ucwaPage root
 */
export interface Root {
  rel?: 'root';
  _links?: {
    self?: Link;
    /** Another server the application should use from now on. */
    redirect?: Link;
    /** Entry point for a signed-in user. */
    user?: Link;
    /** Cross-domain frame for browser applications. */
    xframe?: Link;
  };
}
