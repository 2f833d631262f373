import type { Link } from '../base.js';

/**
 * Operation that restores the default handling of unanswered calls (they go to voicemail).
 * @ucwaKind resource
 * @ucwaPage resetUnansweredCallSettings
 */
export interface ResetUnansweredCallSettings {
  rel?: 'resetUnansweredCallSettings';
  _links?: {
    self?: Link;
  };
}
