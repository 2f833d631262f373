import type { ResourceOperations } from '../operation.js';
import type { AnonApplicationsOptionsMetadata, AnonApplicationsPostInput } from '../resources/anonApplications.js';
import type { Application } from '../resources/application.js';
import type { CommonPostErrors } from '../syncErrors.js';

/**
 * Operations of anonApplications, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage anonApplications
 */
export interface AnonApplicationsOperations extends ResourceOperations {
  scopes: [];
  POST: {
    request: AnonApplicationsPostInput;
    response: Application;
    errors: CommonPostErrors;
  };
  OPTIONS: {
    request: null;
    response: AnonApplicationsOptionsMetadata;
    errors: [];
  };
}
