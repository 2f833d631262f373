import type { ResourceOperations } from '../operation.js';
import type { ApplicationSharer } from '../resources/applicationSharer.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of applicationSharer, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage applicationSharer
 */
export interface ApplicationSharerOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: ApplicationSharer;
    errors: CommonGetErrors;
  };
}
