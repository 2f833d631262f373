import type { Link } from '../base.js';

/**
 * Endpoint that runs several independent HTTP requests sent as one `multipart/batching`
 * POST and answers with one multipart part per request. Only the link itself is modelled
 * here: the parts are framed by the HTTP layer, and each part's body is an ordinary UCWA
 * resource described by its own type.
 * @ucwaKind resource
 * @ucwaPage batch
 */
export interface Batch {
  rel?: 'batch';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST batch`: the raw `multipart/batching` text (boundary given in the
 * Content-Type header), one `application/http` part per request.
 * @ucwaKind request
 * @ucwaPage batch
 * @ucwaOperation POST
 * @ucwaContentType multipart/batching
 */
export type BatchPostInput = string;
