import type { ResourceOperations } from '../operation.js';
import type { MissedItems } from '../resources/missedItems.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of missedItems, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage missedItems
 */
export interface MissedItemsOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: MissedItems;
    errors: CommonGetErrors;
  };
}
