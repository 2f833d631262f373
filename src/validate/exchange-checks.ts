/**
 * The checks that need a request and its response together, on top of the
 * checks of each body: the method must be one the targeted resource
 * documents (`http.method`), an error body must agree with its status line
 * (`http.status-mismatch`, an error in every mode) and its code and subcode
 * must be documented for the operation or generic (`http.undocumented-error`).
 *
 * The targeted resource comes from the response's rel, else from the URL
 * (schema/operations.ts); when neither tells, only the status check runs.
 * A CORS preflight (OPTIONS with Access-Control-Request-Method) is the
 * browser's, not the application's, and is not checked. Pure and
 * browser-safe: needs the operations view, not ajv. Paths point into the
 * exchange as validateExchange takes it: `/method`, `/responseBody/code`,
 * `/responseBody/subcode`.
 */
import { diagnostic, type Diagnostic, type Severity } from '../diagnostic.js';
import type { HttpHeader } from '../http/message.js';
import { decodeJson } from '../json/decode.js';
import { locateJsonPointers, type TextPosition } from '../json/locate.js';
import { decodeXmlDocument } from '../xml/decode.js';
import {
  documentedError,
  isGenericError,
  operationsOf,
  statusOfErrorCode,
  targetPages,
  type OperationInfo,
} from '../schema/operations.js';

/** Headers as an object (any case of names) or as a list in the order written. */
export type HeadersInput = Readonly<Record<string, string>> | readonly HttpHeader[];

/** What the checks need to know of an exchange; everything is optional. */
export interface ExchangeFacts {
  method?: string;
  url?: string;
  status?: number;
  requestHeaders?: HeadersInput;
  /** The decoded response body (its JSON value), when it has one. */
  responseValue?: unknown;
}

export interface ExchangeCheckOptions {
  /** `http.method` and `http.undocumented-error` become errors. */
  strict?: boolean;
}

/** The value of a header, whatever form the headers come in. */
export function headerOf(headers: HeadersInput | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const wanted = name.toLowerCase();
  if (Array.isArray(headers)) return (headers as readonly HttpHeader[]).find((h) => h.name.toLowerCase() === wanted)?.value;
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === wanted) return value;
  return undefined;
}

interface ErrorFacts {
  code: string;
  subcode?: string;
}

/** The code and subcode of an error body (an object with a string `code` and no `rel`). */
function errorOf(value: unknown): ErrorFacts | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const body = value as Record<string, unknown>;
  if (typeof body.code !== 'string' || 'rel' in body) return undefined;
  return typeof body.subcode === 'string' ? { code: body.code, subcode: body.subcode } : { code: body.code };
}

function relOf(value: unknown): string | undefined {
  const rel = typeof value === 'object' && value !== null ? (value as { rel?: unknown }).rel : undefined;
  return typeof rel === 'string' ? rel : undefined;
}

const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** The exchange checks; [] when there is nothing to say. */
export function checkExchange(facts: ExchangeFacts, options: ExchangeCheckOptions = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  const error = errorOf(facts.responseValue);
  if (error && facts.status !== undefined) {
    const mismatch = statusMismatch(error, facts.status);
    if (mismatch) out.push(mismatch);
  }
  const method = facts.method?.toUpperCase();
  if (!method || (method === 'OPTIONS' && headerOf(facts.requestHeaders, 'access-control-request-method'))) return out;
  const success = facts.status !== undefined && facts.status >= 200 && facts.status < 300;
  const rel = success ? relOf(facts.responseValue) : undefined;
  const pages = targetPages({ method, ...(facts.url !== undefined && { url: facts.url }), ...(rel && { responseRel: rel }) });
  if (!pages.length) return out;
  const severity: Severity = options.strict ? 'error' : 'warning';
  const asked = method === 'HEAD' ? 'GET' : method;
  const operations = pages.flatMap((p) => operationsOf(p)?.operations.filter((o) => o.method === asked) ?? []);
  if (!operations.length) {
    out.push(unsupportedMethod(method, pages, severity));
    return out;
  }
  if (error && facts.status !== undefined && facts.status >= 400) {
    const undocumented = undocumentedError(error, method, pages, operations, severity);
    if (undocumented) out.push(undocumented);
  }
  return out;
}

function statusMismatch(error: ErrorFacts, status: number): Diagnostic | undefined {
  if (status < 400) {
    return diagnostic(
      'http.status-mismatch',
      `The body is an error (\`${error.code}\`), but the status is ${status}: an error body comes with a 4xx or 5xx status.`,
      { path: '/responseBody/code' },
    );
  }
  const expected = statusOfErrorCode(error.code);
  if (expected === undefined || expected === status) return undefined;
  return diagnostic(
    'http.status-mismatch',
    `The error code \`${error.code}\` goes with status ${expected}, but the status line says ${status}.`,
    { path: '/responseBody/code' },
  );
}

function unsupportedMethod(method: string, pages: string[], severity: Severity): Diagnostic {
  const supported = [...new Set(pages.flatMap((p) => operationsOf(p)?.operations.map((o) => o.method) ?? []))];
  const what = pages.length === 1 ? `the ${pages[0]} resource` : `the resources ${list(pages)}`;
  const allowed = supported.length ? `it documents ${list(supported)}` : 'it documents no operation';
  return diagnostic('http.method', `${method} is not an operation of ${what}: ${allowed}.`, { path: '/method' }, severity);
}

function undocumentedError(error: ErrorFacts, method: string, pages: string[], operations: OperationInfo[], severity: Severity): Diagnostic | undefined {
  if (operations.some((o) => documentedError(o, error.code, error.subcode))) return undefined;
  if (isGenericError(error.code, error.subcode)) return undefined;
  const name = error.subcode ? `${error.code} (${error.subcode})` : `${error.code} without a subcode`;
  const byCode = new Map<string, Set<string>>();
  for (const e of operations.flatMap((o) => o.errors)) byCode.set(e.code, (byCode.get(e.code) ?? new Set()).add(e.subcode === 'None' ? 'no subcode' : e.subcode));
  const documented = [...byCode].map(([code, subcodes]) => `${code} (${[...subcodes].join(', ')})`);
  const known = documented.length ? `it documents ${list(documented)}, besides the generic errors` : 'it documents only the generic errors';
  return diagnostic(
    'http.undocumented-error',
    `${name} is not an error that ${method} ${list(pages)} documents, nor a generic one: ${known}.`,
    { path: error.subcode ? '/responseBody/subcode' : '/responseBody/code' },
    severity,
  );
}

// ------------------------------------------------------------ response bodies

/**
 * Whether the checks need the response's value: an error status, a body
 * that looks like an error whatever the status, or a successful GET/PUT
 * (its rel tells the target). Spares the other bodies of a large capture
 * (POST answers, event channels) a second decoding.
 */
export function wantsResponseValue(facts: Omit<ExchangeFacts, 'responseValue'>, text: string, form: 'json' | 'xml'): boolean {
  if (facts.status !== undefined && facts.status >= 400) return true;
  if (form === 'json' ? /"code"\s*:/.test(text) : /^\s*(?:<\?xml[^>]*\?>\s*)?<(?:\w+:)?reason\b/.test(text)) return true;
  const method = facts.method?.toUpperCase();
  const success = facts.status !== undefined && facts.status >= 200 && facts.status < 300;
  return success && (method === 'GET' || method === 'PUT' || method === 'HEAD');
}

/**
 * The JSON value of a response body, for the checks above; undefined when it
 * does not decode (the body's own validation says why).
 */
export function responseValue(text: string, form: 'json' | 'xml'): unknown {
  try {
    return form === 'json' ? decodeJson(text) : decodeXmlDocument(text).value;
  } catch {
    return undefined;
  }
}

/** Where a JSON pointer of a body sits in its text (the value of a JSON member, the element in XML). */
export function positionInBody(text: string, form: 'json' | 'xml', pointer: string): TextPosition | undefined {
  try {
    if (form === 'json') return locateJsonPointers(text, [pointer]).get(pointer)?.value;
    return decodeXmlDocument(text, { locations: true }).locations?.get(pointer);
  } catch {
    return undefined;
  }
}
