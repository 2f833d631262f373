import type { Link } from '../base.js';
import type { ClientContextInput } from '../newConversation.js';

/**
 * Action link on a conversation log that picks the past conversation up again with audio and video,
 * by starting a new audio/video invitation to the same people.
 * @ucwaKind resource
 * @ucwaPage continueAudioVideo
 */
export interface ContinueAudioVideo {
  rel?: 'continueAudioVideo';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST continueAudioVideo`: the client's correlation values and SDP offer.
 * @ucwaKind request
 * @ucwaPage continueAudioVideo
 * @ucwaOperation POST
 */
export interface ContinueAudioVideoPostInput extends ClientContextInput {
  /**
   * Client-chosen id that ties this request to the invitation reported on the event channel.
   * @maxLength 50
   */
  operationId?: string;
  /**
   * Client-chosen session context echoed back by the server.
   * @maxLength 50
   */
  sessionContext?: string;
  _links?: {
    /** The client's SDP offer, usually as a `data:application/sdp` URI. */
    mediaOffer?: Link;
  };
}
