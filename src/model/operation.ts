/**
 * What every `@ucwaKind operations` type of src/model/operations/ follows,
 * and the Azure AD scopes they name. One operations type per reference page
 * (`NoteOperations` for `note`) lists the page's scopes and, under the name
 * of each HTTP method the page documents, the request body type (`null`:
 * none), the response type (`null`: none) and the documented synchronous
 * errors (types of syncErrors.ts, in page order, each once). The schema
 * generator refuses an operations type of any other shape.
 */
import type { SyncError } from './syncErrors.js';

/**
 * The Azure AD permission scopes a Skype for Business Online application
 * asks for, each with the permission name the resource pages give it.
 * @ucwaKind scopes
 * @ucwaPage SkypeForBusinessOnlineScopePermissions
 */
export interface AzureScopes {
  /** Read and change the signed-in user's contacts and contact groups. */
  'Contacts.ReadWrite': 'Read/write Skype user contacts and groups';
  /** Start conversations of any modality, and join meetings, as the signed-in user. */
  'Conversations.Initiate': 'Initiate conversations and join meetings';
  /** Be invited to conversations of any modality as the signed-in user. */
  'Conversations.Receive': 'Receive conversation invites';
  /** Create and manage online meetings as the signed-in user. */
  'Meetings.ReadWrite': 'Create Skype Meetings';
  /** Read and change the signed-in user's presence, note, location, photo and call settings. */
  'User.ReadWrite': 'Read/write Skype user information';
}

/** The name of an Azure AD scope (`Conversations.Initiate`). */
export type AzureScope = keyof AzureScopes;

/** The HTTP methods the reference documents operations for. */
export type OperationMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'OPTIONS';

/** One operation of a resource, as each method entry of an operations type states it. */
export interface Operation {
  /** The request body type; null when the operation takes no body. */
  request: object | string | null;
  /** The resource (or body) the operation answers with or creates; null when none. */
  response: object | null;
  /** The synchronous errors the page documents for this operation, besides the generic ones. */
  errors: readonly SyncError[];
}

/**
 * What every operations type extends. `scopes`: an application needs any
 * one of them to use the resource; [] when the page lists none (the resource
 * needs no scope of its own). Method entries follow `Operation`; the schema
 * generator checks them.
 */
export interface ResourceOperations {
  scopes: readonly AzureScope[];
}
