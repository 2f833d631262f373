/**
 * normalize: a UCWA body as it came off the wire (text or bytes, with its
 * Content-Type) -> the JSON value, whichever form was sent.
 *
 * - JSON types (`application/json`, `application/hal+json`,
 *   `application/vnd.microsoft.com.ucwa[.error|.request|.events]+json`)
 *   go through decodeJson, the XML ones through decodeXml.
 * - Bytes are decoded with the Content-Type's charset (UTF-8 by default);
 *   a byte order mark wins and is dropped; invalid bytes are an
 *   `input.encoding` error giving the byte offset. One byte order mark at
 *   most, bytes or text; an XML declaration must name the encoding the body
 *   was decoded with (the rule of http/charset.ts, the same as decodeXml's
 *   and validateXml's).
 * - `multipart/batching` gives `{ parts: NormalizedPart[] }` (see below),
 *   one entry per part, in order.
 * - Any other type is an `http.content-type` error.
 */
import { asUcwaError, checkBody, checkOptions, checkText } from './boundary.js';
import { UcwaError, diagnostic, pushBounded, type Diagnostic } from './diagnostic.js';
import { checkSize, inputTextAs } from './codec/limits.js';
import { maxBytesOf, type DecodeOptions } from './codec/options.js';
import { batchBoundary, splitBatch } from './http/batch.js';
import { classifyContentType } from './http/content-type.js';
import { headersRecord, headerValue } from './http/message.js';
import { decodeJson } from './json/decode.js';
import { decodeXmlDocument } from './xml/decode.js';

/** normalize's result for a `multipart/batching` body. */
export interface NormalizedBatch {
  parts: NormalizedPart[];
}

/** One part of a batch: the embedded HTTP request or response. */
export interface NormalizedPart {
  /** Response status code (responses only). */
  status?: number;
  /** Request method, upper case (requests only). */
  method?: string;
  /** Request target as written (requests only). */
  url?: string;
  /** Headers of the embedded message, names in lower case. */
  headers: Record<string, string>;
  /** Its Content-Type header ('' when it has none). */
  contentType: string;
  /**
   * The decoded JSON value for UCWA JSON/XML (and a nested batch), the text
   * as is for other types, `null` when the part has no body.
   */
  body: unknown;
}

/** Batches do not nest in UCWA; a little slack, but no unbounded recursion. */
const MAX_BATCH_NESTING = 4;

/**
 * A body as it came off the wire and its Content-Type -> the JSON value (see
 * the module header). Throws only `UcwaError`; a missing Content-Type
 * (`undefined`, `null`, '') is an `http.content-type` error.
 */
export function normalize(body: string | Uint8Array, contentType: string | undefined | null, options?: DecodeOptions): unknown {
  try {
    checkBody(body, 'The body');
    if (contentType !== undefined && contentType !== null) checkText(contentType, 'The Content-Type');
    checkOptions(options);
    return normalizeAt(body, contentType ?? '', options, 0);
  } catch (error) {
    throw asUcwaError(error);
  }
}

function normalizeAt(body: string | Uint8Array, contentType: string, options: DecodeOptions | undefined, nesting: number): unknown {
  const type = classifyContentType(contentType);
  const { text, encoding } = inputTextAs(body, maxBytesOf(options), type.charset);
  switch (type.form) {
    case 'json':
      return decodeJson(text, options);
    case 'xml':
      // The declaration is checked against how the bytes were decoded (or the charset named for text).
      return decodeXmlDocument(text, { ...options, charset: encoding }).value;
    case 'batch':
      if (nesting >= MAX_BATCH_NESTING) {
        throw new UcwaError([diagnostic('input.too-deep', `Batches nest deeper than ${MAX_BATCH_NESTING} levels.`)]);
      }
      return normalizeBatch(text, batchBoundary(contentType), options, nesting);
    default: {
      const what = type.mediaType ? `a body of type "${type.mediaType}"` : 'a body without a Content-Type';
      throw new UcwaError([
        diagnostic('http.content-type', `Cannot normalize ${what}: only UCWA JSON, XML and multipart/batching bodies can be decoded.`),
      ]);
    }
  }
}

function normalizeBatch(text: string, boundary: string | undefined, options: DecodeOptions | undefined, nesting: number): NormalizedBatch {
  checkSize(text, maxBytesOf(options));
  const problems: Diagnostic[] = [];
  const parts = splitBatch(text, boundary).map((part, i): NormalizedPart => {
    const m = part.message;
    const contentType = headerValue(m.headers, 'content-type') ?? '';
    const out: NormalizedPart = { headers: headersRecord(m.headers), contentType, body: null };
    if (m.status !== undefined) out.status = m.status;
    if (m.method !== undefined) out.method = m.method;
    if (m.url !== undefined) out.url = m.url;
    if (m.body.trim() === '') return out;
    if (classifyContentType(contentType).form === 'other') {
      out.body = m.body;
      return out;
    }
    try {
      // A part names its own resource; the caller's `resource` is for a single body.
      const { resource: _ignored, ...partOptions } = options ?? {};
      out.body = normalizeAt(m.body, contentType, partOptions, nesting + 1);
    } catch (error) {
      if (!(error instanceof UcwaError)) throw error;
      for (const d of error.diagnostics) pushBounded(problems, inPart(d, i, part.bodyLine));
    }
    return out;
  });
  if (problems.length) throw new UcwaError(problems);
  return { parts };
}

/** A part's diagnostic, placed in the batch body: pointer under /parts/i/body, line shifted. */
function inPart(d: Diagnostic, index: number, bodyLine: number): Diagnostic {
  const moved: Diagnostic = { ...d, path: `/parts/${index}/body${d.path}` };
  if (d.line !== undefined) moved.line = d.line + bodyLine - 1;
  return moved;
}
