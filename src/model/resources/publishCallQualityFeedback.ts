import type { Link } from '../base.js';

/**
 * Action on an audio/video session that sends the client's call quality
 * report to the server.
 * @ucwaKind resource
 * @ucwaPage publishCallQualityFeedback
 */
export interface PublishCallQualityFeedback {
  rel?: 'publishCallQualityFeedback';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST publishCallQualityFeedback`: the quality data, as opaque
 * strings.
 * @ucwaKind request
 * @ucwaPage publishCallQualityFeedback
 * @ucwaOperation POST
 */
export interface PublishCallQualityFeedbackPostInput {
  /** Data about the media endpoint. */
  mediaEndpoint?: string;
  /** Quality-of-experience data for the call's media. */
  mediaQualityOfExperience?: string;
}
