import type { ResourceOperations } from '../operation.js';
import type { Application } from '../resources/application.js';
import type { ApplicationsOptionsMetadata, ApplicationsPostInput } from '../resources/applications.js';
import type { ConflictAlreadyExists, ConflictNone, ConflictTooManyGroups, ForbiddenNone, GoneCannotRedirect, ServiceFailureCallbackChannelError } from '../syncErrors.js';

/**
 * Operations of applications, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage applications
 */
export interface ApplicationsOperations extends ResourceOperations {
  scopes: [];
  POST: {
    request: ApplicationsPostInput;
    response: Application;
    errors: [
      ForbiddenNone,
      ServiceFailureCallbackChannelError,
      ConflictAlreadyExists,
      ConflictTooManyGroups,
      ConflictNone,
      GoneCannotRedirect,
    ];
  };
  OPTIONS: {
    request: null;
    response: ApplicationsOptionsMetadata;
    errors: [];
  };
}
