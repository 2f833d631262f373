import type { Link } from '../base.js';
import type { AudioTranscriptStatus } from '../enums.js';

/**
 * Record of an audio call inside a conversation log transcript: how long it lasted and how
 * it ended.
 * @ucwaKind resource
 * @ucwaPage audioTranscript
 */
export interface AudioTranscript {
  rel?: 'audioTranscript';
  /** Length of the call, as text (a time span). */
  duration?: string;
  /** How the call went (connected, ended, transferred ...). */
  status?: AudioTranscriptStatus;
  _links?: {
    self?: Link;
  };
}
