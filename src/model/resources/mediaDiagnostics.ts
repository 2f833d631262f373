import type { Link } from '../base.js';

/**
 * Private capability through which a client reports media diagnostics for an
 * audio, video or sharing call.
 * The server answers a POST here with 204 and no body; the resource has no
 * representation of its own, only its link.
 * @ucwaKind resource
 * @ucwaPage mediaDiagnostics
 */
export interface MediaDiagnostics {
  rel?: 'mediaDiagnostics';
  _links?: {
    self?: Link;
  };
}
