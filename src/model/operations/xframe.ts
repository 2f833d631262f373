import type { ResourceOperations } from '../operation.js';
import type { Xframe } from '../resources/xframe.js';
import type { CommonGetErrors } from '../syncErrors.js';

/**
 * Operations of xframe, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage xframe
 */
export interface XframeOperations extends ResourceOperations {
  scopes: [];
  GET: {
    request: null;
    response: Xframe;
    errors: CommonGetErrors;
  };
}
