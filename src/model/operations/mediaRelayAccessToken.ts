import type { ResourceOperations } from '../operation.js';
import type { MediaRelayAccessToken } from '../resources/mediaRelayAccessToken.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of mediaRelayAccessToken, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage mediaRelayAccessToken
 */
export interface MediaRelayAccessTokenOperations extends ResourceOperations {
  scopes: ['User.ReadWrite', 'Contacts.ReadWrite', 'Conversations.Initiate', 'Conversations.Receive', 'Meetings.ReadWrite'];
  GET: {
    request: null;
    response: MediaRelayAccessToken;
    errors: CommonGetErrors;
  };
}
