import type { Link } from '../base.js';
import type { Direction } from '../enums.js';

/**
 * The properties and links of a media renegotiation, the same for audio/video and
 * application-sharing sessions.
 */
export interface RenegotiationFields {
  /** Whether the remote side or this client started the renegotiation. */
  direction?: Direction;
  /** Correlation id of the renegotiation. */
  operationId?: string;
  _links?: {
    self?: Link;
    /** Final SDP answer, as a `data:` URI. */
    mediaAnswer?: Link;
    /** SDP offer, as a `data:` URI. */
    mediaOffer?: Link;
    answer?: Link;
    audioVideoSession?: Link;
    conversation?: Link;
    dismiss?: Link;
  };
}

/**
 * One renegotiation of the media of an established audio/video session, seen on the event
 * channel. The offer and answer SDP travel as `data:` links; a client that starts a
 * renegotiation itself sends plain SDP instead.
 * @ucwaKind resource
 * @ucwaPage audioVideoRenegotiation
 */
export interface AudioVideoRenegotiation extends RenegotiationFields {
  rel?: 'audioVideoRenegotiation';
}
