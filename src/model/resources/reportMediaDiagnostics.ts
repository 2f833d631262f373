import type { Link } from '../base.js';
import type { ErrorCode, ErrorSubcode } from '../enums.js';

/**
 * Operation that reports to the server how a call ended from the media point of view.
 * @ucwaKind resource
 * @ucwaPage reportMediaDiagnostics
 */
export interface ReportMediaDiagnostics {
  rel?: 'reportMediaDiagnostics';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST reportMediaDiagnostics`: the error code and subcode that ended the call.
 * @ucwaKind request
 * @ucwaPage reportMediaDiagnostics
 * @ucwaOperation POST
 */
export interface ReportMediaDiagnosticsPostInput {
  /** Error code of the call failure. */
  errorCode?: ErrorCode;
  /** Finer-grained reason for the call failure. */
  errorSubcode?: ErrorSubcode;
}
