import type { Link } from '../base.js';

/**
 * Autodiscovery entry point reached with user credentials; it points to where the application
 * registers itself. Real servers send it without a `rel`, like the root.
 * @ucwaKind resource
 * @ucwaPage user
 * @ucwaWithoutRel discovery responses (autodiscover)
 */
export interface User {
  rel?: 'user';
  _links?: {
    self?: Link;
    /** Collection where the application creates its `application` resource. */
    applications?: Link;
    /** Another server the application should use from now on. */
    redirect?: Link;
    /** Cross-domain frame for browser applications. */
    xframe?: Link;
  };
}
