import type { Link } from '../base.js';

/**
 * Autodiscovery entry point: the first resource an application fetches, which tells it where the
 * user entry point (and, for browsers, the cross-domain frame) lives. Real discovery
 * responses (lyncdiscover, autodiscover) carry no `rel`: only their links say what they are.
 * @ucwaKind resource
 * @ucwaPage root
 * @ucwaWithoutRel discovery responses (lyncdiscover, autodiscover)
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
