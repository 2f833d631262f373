import type { ResourceOperations } from '../operation.js';
import type { MyGroupMembership } from '../resources/myGroupMembership.js';
import type { MyGroupMemberships2, MyGroupMemberships2PostInput } from '../resources/myGroupMemberships2.js';
import type { CommonGetErrors, CommonPostErrors, ConflictLimitExceeded, ForbiddenLimitExceeded, ForbiddenNone, ForbiddenOperationNotSupported, ServiceFailureMigrationInProgress } from '../syncErrors.js';

/**
 * Operations of myGroupMemberships2, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage myGroupMemberships2
 */
export interface MyGroupMemberships2Operations extends ResourceOperations {
  scopes: ['User.ReadWrite', 'Contacts.ReadWrite', 'Conversations.Initiate', 'Conversations.Receive', 'Meetings.ReadWrite'];
  GET: {
    request: null;
    response: MyGroupMemberships2;
    errors: [ForbiddenOperationNotSupported, ForbiddenNone, ...CommonGetErrors];
  };
  POST: {
    request: MyGroupMemberships2PostInput;
    response: MyGroupMembership;
    errors: [
      ServiceFailureMigrationInProgress,
      ForbiddenNone,
      ForbiddenOperationNotSupported,
      ForbiddenLimitExceeded,
      ConflictLimitExceeded,
      ...CommonPostErrors,
    ];
  };
}
