import type { Link } from '../base.js';
import type { OnlineMeetingExtensionType } from '../enums.js';

/**
 * Application-defined data attached to a meeting, shared with the organizer
 * only or with every participant. The free-form key/value pairs such an
 * extension may carry are not modelled.
 * @ucwaKind resource
 * @ucwaPage onlineMeetingExtension
 */
export interface OnlineMeetingExtension {
  rel?: 'onlineMeetingExtension';
  /** Version tag of the resource that real servers send (beyond the pages); a client sends it back with a PUT. */
  etag?: string;
  /** Identifier the application chose for the extension. */
  id?: string;
  /** Who receives the data. */
  type?: OnlineMeetingExtensionType;
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `PUT onlineMeetingExtension`: changes an extension's identifier or
 * distribution.
 * @ucwaKind request
 * @ucwaPage onlineMeetingExtension
 * @ucwaOperation PUT
 */
export interface OnlineMeetingExtensionPutInput {
  id?: string;
  type?: OnlineMeetingExtensionType;
}
