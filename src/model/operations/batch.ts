import type { ResourceOperations } from '../operation.js';
import type { Batch, BatchPostInput } from '../resources/batch.js';
import type { CommonPostErrors, TooManyRequestsNone } from '../syncErrors.js';

/**
 * Operations of batch, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage batch
 */
export interface BatchOperations extends ResourceOperations {
  scopes: ['User.ReadWrite', 'Contacts.ReadWrite', 'Conversations.Initiate', 'Conversations.Receive', 'Meetings.ReadWrite'];
  POST: {
    request: BatchPostInput;
    response: Batch;
    errors: [TooManyRequestsNone, ...CommonPostErrors];
  };
}
