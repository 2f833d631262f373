import type { ResourceOperations } from '../operation.js';
import type { ConversationLog } from '../resources/conversationLog.js';
import type { ConflictAlreadyExists, ConflictNone, ConflictTooManyGroups, GoneCannotRedirect, ServiceFailureInvalidExchangeServerVersion } from '../syncErrors.js';

/**
 * Operations of conversationLog, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage conversationLog
 */
export interface ConversationLogOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: ConversationLog;
    errors: [
      ServiceFailureInvalidExchangeServerVersion,
      ConflictAlreadyExists,
      ConflictTooManyGroups,
      ConflictNone,
      GoneCannotRedirect,
    ];
  };
  DELETE: {
    request: null;
    response: null;
    errors: [GoneCannotRedirect];
  };
}
