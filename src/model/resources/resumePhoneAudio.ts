import type { Link } from '../base.js';

/**
 * Operation that takes a held phone call off hold.
 * @ucwaKind resource
 * @ucwaPage resumePhoneAudio
 */
export interface ResumePhoneAudio {
  rel?: 'resumePhoneAudio';
  _links?: {
    self?: Link;
  };
}
