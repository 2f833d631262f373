import type { Link } from '../base.js';
import type { ApplicationsOptionsMetadata } from './applications.js';

/**
 * Entry point where an anonymous client (one joining a meeting without signing in)
 * registers itself; POSTing to it creates an application resource.
 * @ucwaKind resource
 * @ucwaPage anonApplications
 */
export interface AnonApplications {
  rel?: 'anonApplications';
  _links?: {
    self?: Link;
  };
}

/**
 * Body of `POST anonApplications`: how the anonymous application identifies itself.
 * @ucwaKind request
 * @ucwaPage anonApplications
 * @ucwaOperation POST
 */
export interface AnonApplicationsPostInput {
  /**
   * Language and region of the client (`en-us`).
   * @maxLength 100
   */
  culture: string;
  /**
   * Name and version of the client, used to label what it sends.
   * @maxLength 100
   */
  userAgent: string;
}

/**
 * Reply to `OPTIONS anonApplications`: the same method metadata as for `applications`.
 * @ucwaKind options
 * @ucwaPage anonApplications
 */
export type AnonApplicationsOptionsMetadata = ApplicationsOptionsMetadata;
