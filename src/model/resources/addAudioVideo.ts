import type { Link } from '../base.js';
import type { ClientContextInput } from '../newConversation.js';

/**
 * Action link on a conversation's audio/video modality that adds audio and video to the existing
 * conversation by starting an audio/video invitation.
 * @ucwaKind resource
 * @ucwaPage addAudioVideo
 */
export interface AddAudioVideo {
  rel?: 'addAudioVideo';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST addAudioVideo`: who to call, plus the client's correlation values and SDP offer.
 * @ucwaKind request
 * @ucwaPage addAudioVideo
 * @ucwaOperation POST
 */
export interface AddAudioVideoPostInput extends ClientContextInput {
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
  /** Join an online meeting with the microphone muted. */
  joinAudioMuted?: boolean;
  /** Join an online meeting with the camera muted. */
  joinVideoMuted?: boolean;
  /** URI of the contact to invite. */
  to: string;
  _links?: {
    /** The client's SDP offer, usually as a `data:application/sdp` URI. */
    mediaOffer?: Link;
  };
}
