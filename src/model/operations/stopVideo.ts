import type { ResourceOperations } from '../operation.js';
import type { StopVideoPostInput } from '../resources/stopVideo.js';
import type { ConflictAlreadyExists, ConflictNone, ConflictTooManyGroups, GoneCannotRedirect, ServiceFailureCallbackChannelError } from '../syncErrors.js';

/**
 * Operations of stopVideo, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage stopVideo
 */
export interface StopVideoOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  POST: {
    request: StopVideoPostInput;
    response: null;
    errors: [
      ServiceFailureCallbackChannelError,
      ConflictAlreadyExists,
      ConflictTooManyGroups,
      ConflictNone,
      GoneCannotRedirect,
    ];
  };
}
