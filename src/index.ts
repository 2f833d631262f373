/**
 * ucwa-codec: lossless conversion and validation between the XML and HAL
 * JSON forms of UCWA 2.0 payloads. The main entry (Node, and browsers that
 * allow `eval`): validation compiles a type's schema with ajv on first use
 * unless its precompiled validator was loaded (`ucwa-codec/validators`).
 * The browser entry (src/browser.ts) is this one with validation that never
 * compiles. No module of the library has top-level effects.
 */
import { decodeXml as decodeXmlValue } from './xml/decode.js';
import { decodeJson as decodeJsonValue } from './json/decode.js';
import { normalize as normalizeBody } from './normalize.js';
import type { TypedDecoder, TypedNormalize } from './typed.js';

/**
 * UCWA XML -> the JSON value UCWA would have sent for the same response.
 * With `{ resource: 'note' }` (a rel, or `events`) the result is typed as
 * that model type (not validated: see `isResource`).
 */
export const decodeXml: TypedDecoder<Parameters<typeof decodeXmlValue>[0]> = decodeXmlValue;
/** UCWA JSON text -> value, with the same limits and safety as decodeXml; typed like decodeXml. */
export const decodeJson: TypedDecoder<Parameters<typeof decodeJsonValue>[0]> = decodeJsonValue;
/** A body (string or bytes) and its Content-Type -> the JSON value, whichever form came in; typed like decodeXml. */
export const normalize: TypedNormalize<Parameters<typeof normalizeBody>[0]> = normalizeBody;

export { decodeXmlDocument } from './xml/decode.js';
export type { XmlDocument, XmlDocumentOptions } from './xml/decode.js';
export type { Inference } from './schema/infer.js';
export { encodeXml } from './xml/encode.js';
export { encodeJson } from './json/encode.js';
export type { DecodeOptions, EncodeOptions } from './codec/options.js';
export { UcwaError, diagnostic } from './diagnostic.js';
export { DIAGNOSTIC_CODES } from './diagnostic.js';
export type { Diagnostic, DiagnosticCode, Severity } from './diagnostic.js';
export type * from './model/index.js';
export type {
  DocumentByName,
  DocumentName,
  EmbeddedByRel,
  ResourceByRel,
  ResourceRel,
  TypedDecodeOptions,
  TypedDecoder,
  TypedEvent,
  TypedEventSender,
  TypedEvents,
  TypedNormalize,
} from './typed.js';
export type { NormalizedBatch, NormalizedPart } from './normalize.js';
export { classifyContentType } from './http/content-type.js';
export type { BodyForm, ContentTypeInfo } from './http/content-type.js';
export { parseHttpMessage, headerValue } from './http/message.js';
export type { HttpHeader, HttpMessage } from './http/message.js';
export { splitBatch, batchBoundary } from './http/batch.js';
export type { BatchPart } from './http/batch.js';
export { validate, validateXml, validateJson, validateExchange, isResource } from './validate/index.js';
export type { GuardOptions, ValidateOptions, ValidationResult } from './validate/index.js';
export type { Exchange, ExchangeOptions, HeadersInput } from './validate/exchange.js';
export { example, exampleTypes, NoExampleError } from './example/generate.js';
export type { Example, ExampleOptions } from './example/generate.js';
