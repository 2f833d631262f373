import type { Link } from '../base.js';
import type { CallState } from '../enums.js';

/**
 * A conversation's application-sharing (screen or program sharing) modality: its state and
 * who is sharing.
 * @ucwaKind resource
 * @ucwaPage applicationSharing
 */
export interface ApplicationSharing {
  rel?: 'applicationSharing';
  /** Connection state of the modality. */
  state?: CallState;
  _links?: {
    self?: Link;
    applicationSharer?: Link;
    conversation?: Link;
    reportMediaDiagnostics?: Link;
  };
}
