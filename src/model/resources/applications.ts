import type { Link } from '../base.js';
import type { Application } from './application.js';

/**
 * Entry point where a client registers itself with the server: POSTing to it creates an
 * application resource. A GET (documented on the `applications2` page) lists the user's
 * registered applications.
 * @ucwaKind resource
 * @ucwaPage applications
 */
export interface Applications {
  rel?: 'applications';
  _links?: {
    self?: Link;
    /** The user's registered applications. */
    application?: Link[];
  };
  _embedded?: ApplicationsEmbedded;
}

export interface ApplicationsEmbedded {
  application?: Application[];
}

/**
 * Body of `POST applications`: how the new application identifies itself.
 * @ucwaKind request
 * @ucwaPage applications
 * @ucwaOperation POST
 */
export interface ApplicationsPostInput {
  /**
   * Language and region of the client (`en-us`), which drives localized server text.
   * @maxLength 100
   */
  culture: string;
  /**
   * Id the client picks for this application, unique among the user's applications on
   * all devices.
   * @maxLength 100
   */
  endpointId: string;
  /**
   * Instance id of the application.
   * @maxLength 100
   */
  instanceId?: string;
  /**
   * Name and version of the client, used to label what it sends.
   * @maxLength 100
   */
  userAgent: string;
  /** Kind of endpoint the client is (`Browser`, ...); real clients send it, the pages do not list it. */
  type?: string;
}

/**
 * Reply to `OPTIONS applications` (and `anonApplications`): not a resource but a list of
 * the HTTP methods the endpoint accepts and the values their parameters may take. XML
 * writes it as `<optionsMetadata><metadata><httpMethodMetadata>...`.
 * @ucwaKind options
 * @ucwaPage applications
 */
export interface ApplicationsOptionsMetadata {
  metadata?: ApplicationsHttpMethodMetadata[];
}

/** One HTTP method of an OPTIONS reply and its parameters. */
export interface ApplicationsHttpMethodMetadata {
  /** The method name (`POST`, ...). */
  httpMethod?: string;
  parameters?: ApplicationsParameterMetadata[];
}

/** One parameter of an HTTP method in an OPTIONS reply. */
export interface ApplicationsParameterMetadata {
  name?: string;
  /** The values the server accepts for this parameter. */
  supportedValues?: string[];
}
