import type { ResourceOperations } from '../operation.js';
import type { Application } from '../resources/application.js';
import type { ApplicationsOptionsMetadata, ApplicationsPostInput } from '../resources/applications.js';
import type { CommonPostErrors, ForbiddenNone } from '../syncErrors.js';

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
    errors: [ForbiddenNone, ...CommonPostErrors];
  };
  OPTIONS: {
    request: null;
    response: ApplicationsOptionsMetadata;
    errors: [];
  };
}
