import type { Link } from '../base.js';
import type { ErrorTranscriptReason } from '../enums.js';

/**
 * Entry of a conversation log that records a failure instead of content.
 * @ucwaKind resource
 * @ucwaPage errorTranscript
 */
export interface ErrorTranscript {
  rel?: 'errorTranscript';
  /** What went wrong. */
  reason?: ErrorTranscriptReason;
  _links?: {
    self?: Link;
  };
}
