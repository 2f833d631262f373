import type { Link, PropertyBag } from './base.js';
import type { ErrorCode, ErrorSubcode } from './enums.js';

/**
 * Body that explains a failure: the payload of a 4xx/5xx response (a JSON
 * object, or a `<reason>` element in XML), and the `reason` of an event
 * that reports a failed operation or a change the server made on its own.
 * Only `code` is always present; new subcodes may appear at any time.
 * @ucwaKind error
 * @ucwaPage ErrorsAndInformationalMessages
 */
export interface ErrorBody {
  /** Main class of the failure; for synchronous errors it matches the HTTP status. */
  code: ErrorCode;
  /** Finer class of the failure (for 409 Conflict, for example `AlreadyExists`). */
  subcode?: ErrorSubcode;
  /** Explanation in the language the application asked for when it was created. */
  message?: string;
  /** For 400 Bad Request: the request parameters that were rejected, by name. */
  parameters?: PropertyBag;
  /** Troubleshooting details worth logging; their content is not stable. */
  debugInfo?: PropertyBag;
  /** Where to read more about the failure, when the server offers it. */
  _links?: ErrorLinks;
}

/** Links of an error body, keyed by relation. */
export interface ErrorLinks {
  [rel: string]: Link;
}
