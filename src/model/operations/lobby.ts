import type { ResourceOperations } from '../operation.js';
import type { Lobby } from '../resources/lobby.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of lobby, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage lobby
 */
export interface LobbyOperations extends ResourceOperations {
  scopes: ['Conversations.Receive'];
  GET: {
    request: null;
    response: Lobby;
    errors: CommonGetErrors;
  };
}
