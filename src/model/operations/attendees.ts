import type { ResourceOperations } from '../operation.js';
import type { Attendees } from '../resources/attendees.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of attendees, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage attendees
 */
export interface AttendeesOperations extends ResourceOperations {
  scopes: ['Conversations.Receive'];
  GET: {
    request: null;
    response: Attendees;
    errors: CommonGetErrors;
  };
}
