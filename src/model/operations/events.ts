import type { ResourceOperations } from '../operation.js';
import type { Events } from '../resources/events.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of events, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage events
 */
export interface EventsOperations extends ResourceOperations {
  scopes: [];
  GET: {
    request: null;
    response: Events;
    errors: CommonGetErrors;
  };
}
