import type { Link } from '../base.js';

/**
 * The cross-domain frame: a page a browser application loads in an iframe from the server's
 * domain and talks to with `postMessage`, since direct cross-domain requests are blocked.
 * A GET returns HTML, not a UCWA resource; only links to it are modelled here.
 * @ucwaKind resource
 * @ucwaPage xframe
 */
export interface Xframe {
  rel?: 'xframe';
  _links?: {
    self?: Link;
  };
}
