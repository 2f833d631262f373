import type { Link } from '../base.js';

/**
 * Operation the application calls to tell the server that the user is actively using it,
 * which keeps the user from being shown as away.
 * @ucwaKind resource
 * @ucwaPage reportMyActivity
 */
export interface ReportMyActivity {
  rel?: 'reportMyActivity';
  _links?: {
    self?: Link;
  };
}
