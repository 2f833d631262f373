import type { ResourceOperations } from '../operation.js';
import type { AudioVideo } from '../resources/audioVideo.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of audioVideo, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage audioVideo
 */
export interface AudioVideoOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: AudioVideo;
    errors: CommonGetErrors;
  };
}
