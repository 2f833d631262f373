import type { ResourceOperations } from '../operation.js';
import type { OnlineMeetingExtension } from '../resources/onlineMeetingExtension.js';
import type { OnlineMeetingExtensions, OnlineMeetingExtensionsPostInput } from '../resources/onlineMeetingExtensions.js';
import type { CommonGetErrors, CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of onlineMeetingExtensions, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage onlineMeetingExtensions
 */
export interface OnlineMeetingExtensionsOperations extends ResourceOperations {
  scopes: ['Conversations.Initiate', 'Conversations.Receive'];
  GET: {
    request: null;
    response: OnlineMeetingExtensions;
    errors: CommonGetErrors;
  };
  POST: {
    request: OnlineMeetingExtensionsPostInput;
    response: OnlineMeetingExtension;
    errors: CommonPostErrors;
  };
}
