/** ucwa-codec: lossless conversion and validation between the XML and HAL JSON forms of UCWA 2.0 payloads. */
export { decodeXml, decodeXmlDocument } from './xml/decode.js';
export type { XmlDocument, XmlDocumentOptions } from './xml/decode.js';
export { encodeXml } from './xml/encode.js';
export { decodeJson } from './json/decode.js';
export { encodeJson } from './json/encode.js';
export type { DecodeOptions, EncodeOptions } from './codec/options.js';
export { UcwaError, diagnostic } from './diagnostic.js';
export type { Diagnostic, Severity } from './diagnostic.js';
export type * from './model/index.js';
export { normalize } from './normalize.js';
export type { NormalizedBatch, NormalizedPart } from './normalize.js';
export { classifyContentType } from './http/content-type.js';
export type { BodyForm, ContentTypeInfo } from './http/content-type.js';
export { parseHttpMessage, headerValue } from './http/message.js';
export type { HttpHeader, HttpMessage } from './http/message.js';
export { splitBatch, batchBoundary } from './http/batch.js';
export type { BatchPart } from './http/batch.js';
