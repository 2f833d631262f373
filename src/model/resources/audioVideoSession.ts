import type { Link } from '../base.js';
import type { SessionState } from '../enums.js';

/**
 * One media session of an audio/video call (rel `session`): its state and the
 * renegotiations, resume operations and modalities attached to it. The `session` page
 * describes the same resource with fewer links.
 * @ucwaKind resource
 * @ucwaPage audioVideoSession
 */
export interface AudioVideoSession {
  rel?: 'session';
  /** The remote endpoint of the session. */
  remoteEndpoint?: string;
  /** Context of the session. */
  sessionContext?: string;
  /** Whether the session is being set up, established or suspended. */
  state?: SessionState;
  _links?: {
    self?: Link;
    applicationSharing?: Link;
    audioVideo?: Link;
    conversation?: Link;
    dataCollaboration?: Link;
    publishCallQualityFeedback?: Link;
    renegotiations?: Link;
    resumeAudio?: Link;
    resumeAudioVideo?: Link;
  };
}
