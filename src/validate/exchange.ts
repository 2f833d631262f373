/**
 * validateExchange: a captured request and its response, checked as one.
 * Each UCWA body is validated against the model (the request body as the
 * request type of its operation, told by the method and URL; the response
 * by its rel, or as an error body), then the exchange checks of
 * exchange-checks.ts run. A `multipart/batching` exchange is split, and its
 * n-th request part checked with its n-th response part. Bodies of other
 * types (SDP, plain text) are not checked. Never throws.
 *
 * Paths: `/requestBody/...` and `/responseBody/...` point into the decoded
 * bodies, whose line and column count from the start of that body's text;
 * `/method` and `/status` are the exchange's own fields. In a batch the
 * parts are `/requestBody/parts/<n>/body/...`, `/requestBody/parts/<n>/method`,
 * `/responseBody/parts/<n>/status`, ... (the shape normalize() gives a
 * batch), lines counting from the start of the whole batch body.
 */
import { argumentError, checkOptions, diagnosticsOf } from '../boundary.js';
import { UcwaError, append, type Diagnostic } from '../diagnostic.js';
import type { HttpHeader } from '../http/message.js';
import { batchBoundary, splitBatch, type BatchPart } from '../http/batch.js';
import { decodeBytes, stripBom } from '../http/charset.js';
import { classifyContentType } from '../http/content-type.js';
import { pairBatchParts } from '../http/exchange.js';
import { requestTypeFor } from '../schema/requests.js';
import { checkExchange, headerOf, positionInBody, responseValue, type HeadersInput } from './exchange-checks.js';
import { validateJson } from './json.js';
import type { ValidateOptions, ValidationResult } from './value.js';
import { validateXml } from './xml.js';

export type { HeadersInput } from './exchange-checks.js';

/** A captured exchange: the request and the response that answered it. Every field is optional. */
export interface Exchange {
  /** Request method (`GET`, any case). */
  method?: string;
  /** Request target: an absolute URL or a path. */
  url?: string;
  /** Response status code. */
  status?: number;
  requestHeaders?: HeadersInput;
  /** Request body as sent: text, or bytes in the charset its Content-Type names (UTF-8 by default). */
  requestBody?: string | Uint8Array;
  responseHeaders?: HeadersInput;
  responseBody?: string | Uint8Array;
}

/** As for validate(), except `resource`: each body's type follows from the exchange. */
export type ExchangeOptions = Omit<ValidateOptions, 'resource'>;

type Form = 'json' | 'xml' | 'batch' | 'other';

interface Body {
  text: string;
  form: Form;
  contentType: string;
}

/** Batches do not nest in UCWA: the parts of a part are not split again. */
const MAX_NESTING = 1;

/**
 * Checks a request and its response together: both bodies against the
 * model, the method against the operations of the targeted resource, an
 * error body against the status line and the documented errors.
 * @param exchange What was captured; missing parts are simply not checked.
 * @param options `strict` makes unknown names, undocumented methods and errors errors.
 * @returns One result for the whole exchange: `valid` is false when any diagnostic is an error.
 */
export function validateExchange(exchange: Exchange, options: ExchangeOptions = {}): ValidationResult {
  let diagnostics: Diagnostic[];
  try {
    checkOptions(options);
    diagnostics = fieldErrors(exchange);
    if (!diagnostics.length) diagnostics = exchangeDiagnostics(exchange, options, 0);
  } catch (error) {
    diagnostics = diagnosticsOf(error);
  }
  return { valid: !diagnostics.some((d) => d.severity === 'error'), diagnostics };
}

const FIELD_TYPES: Record<string, string> = { method: 'string', url: 'string', status: 'number' };

/** `input.argument` for each field of the exchange that has a type other than its documented one. */
function fieldErrors(exchange: unknown): Diagnostic[] {
  if (typeof exchange !== 'object' || exchange === null || Array.isArray(exchange)) return [...argumentError('The exchange', 'an object', exchange).diagnostics];
  const record = exchange as Record<string, unknown>;
  const out: Diagnostic[] = [];
  const wrong = (field: string, expected: string) => {
    const [d] = argumentError(`The field \`${field}\``, expected, record[field]).diagnostics;
    out.push({ ...d!, path: `/${field}` });
  };
  for (const field of Object.keys(FIELD_TYPES)) {
    if (record[field] !== undefined && typeof record[field] !== FIELD_TYPES[field]) wrong(field, `a ${FIELD_TYPES[field]}`);
  }
  for (const field of ['requestBody', 'responseBody']) {
    const body = record[field];
    if (body !== undefined && typeof body !== 'string' && !(body instanceof Uint8Array)) wrong(field, 'a string or bytes (Uint8Array)');
  }
  for (const field of ['requestHeaders', 'responseHeaders']) {
    if (record[field] !== undefined && !isHeaders(record[field])) wrong(field, 'an object of strings or a list of { name, value } strings');
  }
  return out;
}

function isHeaders(headers: unknown): boolean {
  if (Array.isArray(headers)) {
    return headers.every((h: unknown) => typeof h === 'object' && h !== null && typeof (h as HttpHeader).name === 'string' && typeof (h as HttpHeader).value === 'string');
  }
  return typeof headers === 'object' && headers !== null && Object.values(headers).every((v) => typeof v === 'string');
}

function exchangeDiagnostics(exchange: Exchange, options: ExchangeOptions, nesting: number): Diagnostic[] {
  const out: Diagnostic[] = [];
  const request = bodyOf(exchange.requestBody, exchange.requestHeaders, '/requestBody', out);
  const response = bodyOf(exchange.responseBody, exchange.responseHeaders, '/responseBody', out);
  if ((request?.form === 'batch' || response?.form === 'batch') && nesting < MAX_NESTING) {
    append(out, checkExchange(exchangeFacts(exchange), options));
    append(out, batchDiagnostics(request, response, options, nesting, out));
    return out;
  }
  if (request && (request.form === 'json' || request.form === 'xml')) {
    const resource = exchange.method && exchange.url ? requestTypeFor(exchange.method, exchange.url) : undefined;
    const validated = validateBody(request, { ...options, ...(resource && { resource }) });
    append(out, under('/requestBody', validated));
  }
  let value: unknown;
  if (response && (response.form === 'json' || response.form === 'xml')) {
    append(out, under('/responseBody', validateBody(response, options)));
    value = responseValue(response.text, response.form);
  }
  for (const d of checkExchange({ ...exchangeFacts(exchange), responseValue: value }, options)) {
    out.push(response && d.path.startsWith('/responseBody/') ? placed(d, response) : d);
  }
  return out;
}

function exchangeFacts(exchange: Exchange) {
  const { method, url, status, requestHeaders } = exchange;
  return { method, url, status, requestHeaders };
}

/** The body as text with its form; undefined when there is none. Decoding problems go to `out`. */
function bodyOf(body: string | Uint8Array | undefined, headers: HeadersInput | undefined, path: string, out: Diagnostic[]): Body | undefined {
  if (body === undefined || body.length === 0) return undefined;
  const contentType = headerOf(headers, 'content-type') ?? '';
  const type = classifyContentType(contentType);
  let text: string;
  try {
    text = typeof body === 'string' ? stripBom(body) : decodeBytes(body, type.charset);
  } catch (error) {
    if (!(error instanceof UcwaError)) throw error;
    append(out, under(path, error.diagnostics));
    return undefined;
  }
  if (text.trim() === '') return undefined;
  const first = text.trimStart()[0];
  const sniffed: Form = first === '{' || first === '[' ? 'json' : first === '<' ? 'xml' : 'other';
  return { text, form: type.mediaType === '' ? sniffed : type.form, contentType };
}

function validateBody(body: Body, options: ValidateOptions): readonly Diagnostic[] {
  return (body.form === 'json' ? validateJson(body.text, options) : validateXml(body.text, options)).diagnostics;
}

function under(prefix: string, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.map((d) => ({ ...d, path: prefix + d.path }));
}

/** A diagnostic about the response body, at its place in the body's text. */
function placed(d: Diagnostic, body: Body): Diagnostic {
  if (body.form !== 'json' && body.form !== 'xml') return d;
  const at = positionInBody(body.text, body.form, d.path.slice('/responseBody'.length));
  return at ? { ...d, line: at.line, column: at.column } : d;
}

function partsOf(body: Body | undefined, path: string, out: Diagnostic[]): BatchPart[] {
  if (body?.form !== 'batch') return [];
  try {
    return splitBatch(body.text, batchBoundary(body.contentType));
  } catch (error) {
    if (!(error instanceof UcwaError)) throw error;
    append(out, under(path, error.diagnostics));
    return [];
  }
}

/** Each request part with the response part that answers it, as an exchange of its own. */
function batchDiagnostics(request: Body | undefined, response: Body | undefined, options: ExchangeOptions, nesting: number, out: Diagnostic[]): Diagnostic[] {
  const requests = partsOf(request, '/requestBody', out);
  const responses = partsOf(response, '/responseBody', out);
  const found: Diagnostic[] = [];
  for (const pair of pairBatchParts(requests, responses)) {
    const q = pair.request?.message;
    const r = pair.response?.message;
    const sub: Exchange = {
      ...(q?.method !== undefined && { method: q.method }),
      ...(q?.url !== undefined && { url: q.url }),
      ...(q && { requestHeaders: q.headers, requestBody: q.body }),
      ...(r?.status !== undefined && { status: r.status }),
      ...(r && { responseHeaders: r.headers, responseBody: r.body }),
    };
    const at = {
      request: pair.request ? requests.indexOf(pair.request) : -1,
      response: pair.response ? responses.indexOf(pair.response) : -1,
    };
    for (const d of exchangeDiagnostics(sub, options, nesting + 1)) found.push(inPart(d, at, pair));
  }
  return found;
}

/** A diagnostic of a part's exchange, moved to where the part sits in the batch bodies. */
function inPart(d: Diagnostic, at: { request: number; response: number }, pair: { request?: BatchPart; response?: BatchPart }): Diagnostic {
  const shift = (part: BatchPart | undefined) => (d.line !== undefined && part ? { line: d.line + part.bodyLine - 1 } : {});
  if (d.path.startsWith('/requestBody')) return { ...d, path: `/requestBody/parts/${at.request}/body${d.path.slice(12)}`, ...shift(pair.request) };
  if (d.path.startsWith('/responseBody')) return { ...d, path: `/responseBody/parts/${at.response}/body${d.path.slice(13)}`, ...shift(pair.response) };
  if (d.path === '/method') return { ...d, path: `/requestBody/parts/${at.request}/method` };
  if (d.path === '/status') return { ...d, path: `/responseBody/parts/${at.response}/status` };
  return d;
}
