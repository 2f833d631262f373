import type { ResourceOperations } from '../operation.js';
import type { OnlineMeetingExtension } from '../resources/onlineMeetingExtension.js';
import type { OnlineMeetingExtensions, OnlineMeetingExtensionsPostInput } from '../resources/onlineMeetingExtensions.js';
import type { ConflictAlreadyExists, ConflictNone, ConflictTooManyGroups, GoneCannotRedirect, ServiceFailureCallbackChannelError, ServiceFailureInvalidExchangeServerVersion } from '../syncErrors.js';

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
    errors: [
      ServiceFailureInvalidExchangeServerVersion,
      ConflictAlreadyExists,
      ConflictTooManyGroups,
      ConflictNone,
      GoneCannotRedirect,
    ];
  };
  POST: {
    request: OnlineMeetingExtensionsPostInput;
    response: OnlineMeetingExtension;
    errors: [
      ServiceFailureCallbackChannelError,
      ConflictAlreadyExists,
      ConflictTooManyGroups,
      ConflictNone,
      GoneCannotRedirect,
    ];
  };
}
