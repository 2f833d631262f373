/**
 * Synchronous errors: the failures a UCWA server answers a request with
 * directly (a 4xx/5xx status and an error body), as opposed to the reasons
 * of the event channel. Each distinct (code, status, subcode) that a
 * reference page documents for an operation is one type here, which the
 * operations of src/model/operations/ list per method; the errors any
 * resource may answer are in `GenericErrors`. The HTTP status of an error
 * code is stated once, in `ErrorStatuses`, and each error takes its status
 * from there.
 */
import type { ErrorCode, ErrorSubcode } from './enums.js';

/**
 * The HTTP status each error code is answered with: UCWA maps the codes of
 * synchronous errors one to one onto HTTP statuses, named as in HTTP. Codes
 * that only occur in the event channel (Informational, LocalFailure,
 * RemoteFailure) or whose status the reference leaves open
 * (ExchangeServiceFailure, Timeout) are not listed.
 * @ucwaKind errorStatuses
 * @ucwaPage ErrorCode
 */
export interface ErrorStatuses {
  BadRequest: 400;
  Forbidden: 403;
  NotFound: 404;
  MethodNotAllowed: 405;
  NotAcceptable: 406;
  Conflict: 409;
  Gone: 410;
  PreconditionFailed: 412;
  EntityTooLarge: 413;
  UnsupportedMediaType: 415;
  PreconditionRequired: 428;
  TooManyRequests: 429;
  ServiceFailure: 500;
  ServiceUnavailable: 503;
  GatewayTimeout: 504;
}

/** What every synchronous error type states: the error body's `code` and `subcode`, and the status they come with. */
export interface SyncError {
  code: ErrorCode;
  status: number;
  /** `None` where the page documents the code without a subcode. */
  subcode: ErrorSubcode;
}

/**
 * The request as a whole cannot be read.
 * @ucwaKind syncError
 */
export interface BadRequestNone extends SyncError {
  code: 'BadRequest';
  status: ErrorStatuses['BadRequest'];
  subcode: 'None';
}

/**
 * A telephone number in the request could not be turned into a dialable form.
 * @ucwaKind syncError
 */
export interface BadRequestNormalizationFailed extends SyncError {
  code: 'BadRequest';
  status: ErrorStatuses['BadRequest'];
  subcode: 'NormalizationFailed';
}

/**
 * A parameter of the request has a value the server refuses (too long, out of range, ...).
 * @ucwaKind syncError
 */
export interface BadRequestParameterValidationFailure extends SyncError {
  code: 'BadRequest';
  status: ErrorStatuses['BadRequest'];
  subcode: 'ParameterValidationFailure';
}

/**
 * What the request would create or start is there already, or is already under way.
 * @ucwaKind syncError
 */
export interface ConflictAlreadyExists extends SyncError {
  code: 'Conflict';
  status: ErrorStatuses['Conflict'];
  subcode: 'AlreadyExists';
}

/**
 * A per-user limit (for example on contacts) would be passed.
 * @ucwaKind syncError
 */
export interface ConflictLimitExceeded extends SyncError {
  code: 'Conflict';
  status: ErrorStatuses['Conflict'];
  subcode: 'LimitExceeded';
}

/**
 * The application must first make the user available (makeMeAvailable).
 * @ucwaKind syncError
 */
export interface ConflictMakeMeAvailableRequired extends SyncError {
  code: 'Conflict';
  status: ErrorStatuses['Conflict'];
  subcode: 'MakeMeAvailableRequired';
}

/**
 * The operation needs delegates, and the user has none.
 * @ucwaKind syncError
 */
export interface ConflictNoDelegatesConfigured extends SyncError {
  code: 'Conflict';
  status: ErrorStatuses['Conflict'];
  subcode: 'NoDelegatesConfigured';
}

/**
 * The operation needs team members, and the user has none.
 * @ucwaKind syncError
 */
export interface ConflictNoTeamMembersConfigured extends SyncError {
  code: 'Conflict';
  status: ErrorStatuses['Conflict'];
  subcode: 'NoTeamMembersConfigured';
}

/**
 * The resource is not in a state that allows the request, or the service does not support it.
 * @ucwaKind syncError
 */
export interface ConflictNone extends SyncError {
  code: 'Conflict';
  status: ErrorStatuses['Conflict'];
  subcode: 'None';
}

/**
 * The user has more contact groups than the server allows.
 * @ucwaKind syncError
 */
export interface ConflictTooManyGroups extends SyncError {
  code: 'Conflict';
  status: ErrorStatuses['Conflict'];
  subcode: 'TooManyGroups';
}

/**
 * The user has more online meetings than the server allows.
 * @ucwaKind syncError
 */
export interface ConflictTooManyOnlineMeetings extends SyncError {
  code: 'Conflict';
  status: ErrorStatuses['Conflict'];
  subcode: 'TooManyOnlineMeetings';
}

/**
 * Anonymous users may not do this.
 * @ucwaKind syncError
 */
export interface ForbiddenAnonymousNotAllowed extends SyncError {
  code: 'Forbidden';
  status: ErrorStatuses['Forbidden'];
  subcode: 'AnonymousNotAllowed';
}

/**
 * A limit (delegates, subscriptions) is reached.
 * @ucwaKind syncError
 */
export interface ForbiddenLimitExceeded extends SyncError {
  code: 'Forbidden';
  status: ErrorStatuses['Forbidden'];
  subcode: 'LimitExceeded';
}

/**
 * The user has no delegates to act on.
 * @ucwaKind syncError
 */
export interface ForbiddenNoDelegatesConfigured extends SyncError {
  code: 'Forbidden';
  status: ErrorStatuses['Forbidden'];
  subcode: 'NoDelegatesConfigured';
}

/**
 * The user has no team members to act on.
 * @ucwaKind syncError
 */
export interface ForbiddenNoTeamMembersConfigured extends SyncError {
  code: 'Forbidden';
  status: ErrorStatuses['Forbidden'];
  subcode: 'NoTeamMembersConfigured';
}

/**
 * The user or the application lacks the right or the feature (enterprise voice, privileges, policy).
 * @ucwaKind syncError
 */
export interface ForbiddenNone extends SyncError {
  code: 'Forbidden';
  status: ErrorStatuses['Forbidden'];
  subcode: 'None';
}

/**
 * The operation does not apply to this particular resource (a system-managed group, for example).
 * @ucwaKind syncError
 */
export interface ForbiddenOperationNotSupported extends SyncError {
  code: 'Forbidden';
  status: ErrorStatuses['Forbidden'];
  subcode: 'OperationNotSupported';
}

/**
 * The distribution group holds too many contacts to be expanded.
 * @ucwaKind syncError
 */
export interface ForbiddenTooManyContacts extends SyncError {
  code: 'Forbidden';
  status: ErrorStatuses['Forbidden'];
  subcode: 'TooManyContacts';
}

/**
 * A server the request depends on did not answer in time.
 * @ucwaKind syncError
 */
export interface GatewayTimeoutNone extends SyncError {
  code: 'GatewayTimeout';
  status: ErrorStatuses['GatewayTimeout'];
  subcode: 'None';
}

/**
 * The user's pool is down and no backup pool can take the request.
 * @ucwaKind syncError
 */
export interface GoneCannotRedirect extends SyncError {
  code: 'Gone';
  status: ErrorStatuses['Gone'];
  subcode: 'CannotRedirect';
}

/**
 * The resource is gone for good.
 * @ucwaKind syncError
 */
export interface GoneNone extends SyncError {
  code: 'Gone';
  status: ErrorStatuses['Gone'];
  subcode: 'None';
}

/**
 * The target of the request (a meeting, for example) does not exist.
 * @ucwaKind syncError
 */
export interface NotFoundDestinationNotFound extends SyncError {
  code: 'NotFound';
  status: ErrorStatuses['NotFound'];
  subcode: 'DestinationNotFound';
}

/**
 * The resource, call or membership the request names does not exist.
 * @ucwaKind syncError
 */
export interface NotFoundNone extends SyncError {
  code: 'NotFound';
  status: ErrorStatuses['NotFound'];
  subcode: 'None';
}

/**
 * The server could not reach the application's event channel.
 * @ucwaKind syncError
 */
export interface ServiceFailureCallbackChannelError extends SyncError {
  code: 'ServiceFailure';
  status: ErrorStatuses['ServiceFailure'];
  subcode: 'CallbackChannelError';
}

/**
 * The user's Exchange mailbox runs a version that lacks the feature.
 * @ucwaKind syncError
 */
export interface ServiceFailureInvalidExchangeServerVersion extends SyncError {
  code: 'ServiceFailure';
  status: ErrorStatuses['ServiceFailure'];
  subcode: 'InvalidExchangeServerVersion';
}

/**
 * The user's contacts are being migrated; try again later.
 * @ucwaKind syncError
 */
export interface ServiceFailureMigrationInProgress extends SyncError {
  code: 'ServiceFailure';
  status: ErrorStatuses['ServiceFailure'];
  subcode: 'MigrationInProgress';
}

/**
 * The server could not read the policy or provisioning data it needs.
 * @ucwaKind syncError
 */
export interface ServiceFailureProvisioningDataUnavailable extends SyncError {
  code: 'ServiceFailure';
  status: ErrorStatuses['ServiceFailure'];
  subcode: 'ProvisioningDataUnavailable';
}

/**
 * The user has too many requests outstanding (a large batch, for example).
 * @ucwaKind syncError
 */
export interface TooManyRequestsNone extends SyncError {
  code: 'TooManyRequests';
  status: ErrorStatuses['TooManyRequests'];
  subcode: 'None';
}

/**
 * The errors that nearly every GET documents (132 of 135); the operation files name
 * this list, and write only the errors an operation has besides it.
 * @ucwaKind errorList
 */
export type CommonGetErrors = [
  ServiceFailureInvalidExchangeServerVersion,
  ConflictAlreadyExists,
  ConflictTooManyGroups,
  ConflictNone,
  GoneCannotRedirect,
];

/**
 * The errors that most POSTs document; the operation files name this list,
 * and write only the errors an operation has besides it.
 * @ucwaKind errorList
 */
export type CommonPostErrors = [
  ServiceFailureCallbackChannelError,
  ConflictAlreadyExists,
  ConflictTooManyGroups,
  ConflictNone,
  GoneCannotRedirect,
];

/**
 * One entry of the generic errors: the name the reference gives it, and how
 * an error body shows it, by its `code` or by its `subcode` (a body matches
 * when either is equal).
 */
export interface GenericError {
  name: string;
  code?: ErrorCode;
  /** A string, not ErrorSubcode: some of these subcodes are not on the ErrorSubcode page. */
  subcode?: string;
}

/** The shape `GenericErrors` has (typed here, so that each entry is checked). */
export interface GenericErrorList {
  errors: readonly GenericError[];
}

/**
 * The synchronous errors any resource may answer with, besides those its page
 * documents per operation. Most names are error codes or subcodes as they are;
 * two name a failure whose code the reference gives elsewhere
 * (ResourceNotFound is a 404 NotFound, ServiceTimeout a 500 ServiceFailure).
 * @ucwaKind genericErrors
 * @ucwaPage GenericSynchronousErrors
 */
export interface GenericErrors extends GenericErrorList {
  errors: [
    { name: 'ApplicationNotFound'; subcode: 'ApplicationNotFound' },
    { name: 'BadRequest'; code: 'BadRequest' },
    { name: 'DeserializationFailure'; subcode: 'DeserializationFailure' },
    { name: 'EntityTooLarge'; code: 'EntityTooLarge' },
    { name: 'ExchangeServiceFailure'; code: 'ExchangeServiceFailure' },
    { name: 'InactiveApplicationExpired'; subcode: 'InactiveApplicationExpired' },
    { name: 'MethodNotAllowed'; code: 'MethodNotAllowed' },
    { name: 'MobileApplicationNoLongerAllowed'; subcode: 'MobileApplicationNoLongerAllowed' },
    { name: 'ParameterValidationFailure'; subcode: 'ParameterValidationFailure' },
    { name: 'PreconditionFailed'; code: 'PreconditionFailed' },
    { name: 'PreconditionRequired'; code: 'PreconditionRequired' },
    { name: 'ResourceNotFound'; code: 'NotFound'; subcode: 'ResourceNotFound' },
    { name: 'ServiceFailure'; code: 'ServiceFailure' },
    { name: 'ServiceTimeout'; code: 'ServiceFailure'; subcode: 'ServiceTimeout' },
    { name: 'TooManyApplications'; subcode: 'TooManyApplications' },
    { name: 'UnsupportedMediaType'; code: 'UnsupportedMediaType'; subcode: 'UnsupportedMediaType' },
    { name: 'VersionNotSupported'; subcode: 'VersionNotSupported' },
  ];
}
