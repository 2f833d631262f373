import type { Link } from '../base.js';

/**
 * Carries the remote side's media answers to an outgoing audio/video call; it appears only
 * on the event channel or in responses. The SDP answers travel as `data:` links.
 * @ucwaKind resource
 * @ucwaPage audioVideoNegotiation
 */
export interface AudioVideoNegotiation {
  rel?: 'audioVideoNegotiation';
  /** Content id of the offer the remote side accepted. */
  msAcceptedContentId?: string;
  /** The remote endpoint of the session. */
  remoteEndpoint?: string;
  /** Context of the session. */
  sessionContext?: string;
  _links?: {
    self?: Link;
    /** Final SDP answer, as a `data:` URI. */
    mediaAnswer?: Link;
    /** Early (provisional) SDP answer, as a `data:` URI. */
    mediaProvisionalAnswer?: Link;
    audioVideoInvitation?: Link;
    audioVideoSession?: Link;
  };
}
