import type { ResourceOperations } from '../operation.js';
import type { Organizer } from '../resources/organizer.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of organizer, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage organizer
 */
export interface OrganizerOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: Organizer;
    errors: CommonGetErrors;
  };
}
