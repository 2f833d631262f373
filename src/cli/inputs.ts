/**
 * What a file holds, and the UCWA documents inside it.
 *
 * Kinds: a bare JSON or XML body; a raw HTTP message (request or response,
 * its Content-Type choosing the decoder); a HAR capture (every UCWA request
 * and response body of every entry); a `multipart/batching` body (each part).
 * The extension decides first (`.json`, `.xml`, `.http`, `.har`), the content
 * otherwise. Nothing here validates: callers get documents with the line
 * offset at which each one sits in its file, and run their own checks.
 *
 * Requests and responses are also gathered into exchanges (a request and
 * the response that answered it: a HAR entry, a request followed by its
 * response in a raw capture, the n-th parts of a batch request and of its
 * response), which the documents point to, so that checks of the pair can
 * run once both bodies are known.
 *
 * Reading stops past a ceiling that depends on the kind (`readCeiling`), so
 * an endless or huge input is refused (`input.too-large`) without being read.
 */
import { extname, resolve } from 'node:path';
import { DEFAULT_MAX_BYTES } from '../codec/options.js';
import { UcwaError, append, diagnostic, type Diagnostic } from '../diagnostic.js';
import { splitBatch, batchBoundary, type BatchPart } from '../http/batch.js';
import { decodeBytes, stripBom } from '../http/charset.js';
import { classifyContentType } from '../http/content-type.js';
import { pairBatchParts, pairMessages, splitHttpMessages, type Paired } from '../http/exchange.js';
import { headerValue, type HttpHeader, type HttpMessage } from '../http/message.js';
import { harDocuments, looksLikeHar } from './har.js';
import type { Io } from './io.js';
import { readErrorReason, readFileBounded, type BoundedRead, type Ceiling } from './read.js';

export type InputKind = 'json' | 'xml' | 'http' | 'har' | 'batch' | 'unknown';

export interface InputDocument {
  /** `file`, or `file#part 2 GET /x`, `file#entry 3 GET https://... (response)`. */
  label: string;
  form: 'json' | 'xml';
  text: string;
  /** Lines to add to a position in `text` to get the position in the file. */
  lineOffset: number;
  contentType?: string;
  /** Problems found while extracting the document (it is then not decodable). */
  problems?: Diagnostic[];
  /** The request that carried the body, when it is a request body: its type may follow from them. */
  request?: { method: string; url: string };
  /** The exchange the body belongs to, and which side of it. */
  exchange?: InputExchange;
  role?: 'request' | 'response';
}

/** A request and the response that answered it, as far as the input shows them. */
export interface InputExchange {
  /** Names the exchange when it has no body to carry its diagnostics (`file#entry 4 DELETE https://...`). */
  label: string;
  method?: string;
  url?: string;
  status?: number;
  requestHeaders?: HttpHeader[];
  /** 1-based line of the request line in the file, when the input has one. */
  requestLine?: number;
  /** Index in `documents` of the first document added after the exchange (orders bodiless exchanges). */
  firstDocument: number;
}

export interface LoadedInput {
  /** As given; `-` for standard input. */
  path: string;
  kind: InputKind;
  documents: InputDocument[];
  /** Problems with the file as a whole (encoding, unknown content, empty). */
  diagnostics: Diagnostic[];
  /** The exchanges of a capture (raw HTTP, batch, HAR), in order; absent for bare bodies. */
  exchanges?: InputExchange[];
  /** The file could not be read at all, or not whole (larger than ucwa reads). */
  unreadable?: boolean;
}

/** The most bytes read of a capture, a message or a batch (HAR captures can be large; each body is limited by the decoders). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;
/** The most bytes read of a file holding one JSON or XML body (or nothing ucwa knows): what the decoders accept. */
export const MAX_BODY_BYTES = DEFAULT_MAX_BYTES;

export async function loadInput(path: string, io: Pick<Io, 'readStdin' | 'cwd'>): Promise<LoadedInput> {
  const ceiling = readCeiling(path);
  let read: BoundedRead;
  try {
    read = path === '-' ? await io.readStdin(ceiling) : readFileBounded(resolve(io.cwd, path), ceiling);
  } catch (error) {
    const what = path === '-' ? 'standard input' : path;
    return { path, kind: kindFromExtension(path) ?? 'unknown', documents: [], diagnostics: [diagnostic('cli.unreadable', `Cannot read ${what}: ${readErrorReason(error)}.`)], unreadable: true };
  }
  if (read.tooLarge) return { path, kind: kindFromExtension(path) ?? 'unknown', documents: [], diagnostics: [tooLarge(path, read)], unreadable: true };
  return interpretInput(path, read.bytes);
}

/**
 * How much of an input to read, from its extension and first bytes: a bare
 * body up to what the decoders accept (twice that for UTF-16, whose bytes
 * may be twice its UTF-8 ones), a capture, message or batch up to MAX_FILE_BYTES.
 */
export function readCeiling(path: string): Ceiling {
  return (head) => {
    if (isContainer(path, headText(head))) return MAX_FILE_BYTES;
    const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
    return utf16 ? 2 * MAX_BODY_BYTES + 2 : MAX_BODY_BYTES + 3;
  };
}

function isContainer(path: string, head: string): boolean {
  const byExtension = kindFromExtension(path);
  const kind = byExtension === 'json' && looksLikeHar(head) ? 'har' : byExtension ?? sniffKind(head);
  return kind === 'har' || kind === 'http' || kind === 'batch';
}

/** The head as text, for sniffing only (a character cut at the end does not matter). */
function headText(head: Uint8Array): string {
  const encoding = head[0] === 0xff && head[1] === 0xfe ? 'utf-16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf-16be' : 'utf-8';
  return stripBom(new TextDecoder(encoding).decode(head));
}

function tooLarge(path: string, read: BoundedRead): Diagnostic {
  const what = read.limit === MAX_FILE_BYTES ? 'a HAR capture, HTTP message or batch' : 'a JSON or XML body (the decoders\' maxBytes)';
  const size = read.size !== undefined ? `is ${read.size} bytes` : 'holds more';
  return diagnostic('input.too-large', `${path === '-' ? 'Standard input' : 'The file'} ${size}; ucwa reads ${what} up to ${read.limit} bytes, and stopped reading there.`);
}

/** Pure: from the bytes of a file to its kind and documents. */
export function interpretInput(path: string, bytes: Uint8Array): LoadedInput {
  const byExtension = kindFromExtension(path);
  let text: string;
  try {
    text = decodeFileText(bytes, byExtension);
  } catch (error) {
    return { path, kind: byExtension ?? 'unknown', documents: [], diagnostics: diagnosticsOf(error) };
  }
  if (text.trim() === '') {
    return { path, kind: byExtension ?? 'unknown', documents: [], diagnostics: [diagnostic('input.empty', 'The file is empty.', { line: 1, column: 1 })] };
  }
  const kind = byExtension === 'json' && looksLikeHar(text) ? 'har' : byExtension ?? sniffKind(text);
  const input: LoadedInput = { path, kind, documents: [], diagnostics: [] };
  switch (kind) {
    case 'json':
    case 'xml':
      input.documents.push({ label: path, form: kind, text, lineOffset: 0 });
      break;
    case 'http':
      if (startsWithDelimiter(text)) {
        input.kind = 'batch';
        addBatchAlone(input, text, undefined, path, 0);
      } else {
        addMessages(input, text, path);
      }
      break;
    case 'batch':
      addBatchAlone(input, text, undefined, path, 0);
      break;
    case 'har':
      harDocuments(path, text, input);
      break;
    case 'unknown':
      input.diagnostics.push(
        diagnostic('cli.unknown-input', 'Cannot tell what this file holds: expected a JSON or XML body, an HTTP message, a HAR capture or a multipart/batching body.', { line: 1, column: 1 }),
      );
  }
  return input;
}

export function kindFromExtension(path: string): InputKind | undefined {
  switch (extname(path).toLowerCase()) {
    case '.json':
      return 'json';
    case '.xml':
      return 'xml';
    case '.http':
      return 'http';
    case '.har':
      return 'har';
    default:
      return undefined;
  }
}

const START_LINE = /^(?:HTTP\/\d+(?:\.\d+)?[ \t]+\d{3}\b|[A-Za-z]+[ \t]+\S+[ \t]+HTTP\/\d|(?:get|post|put|delete|patch|options|head)[ \t]+\S+[ \t]*$)/i;
const HEADER_LINE = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+[ \t]*:/;

/** Kind from content, for `.txt`, `.log`, no extension and standard input. */
export function sniffKind(text: string): InputKind {
  const start = text.search(/\S/);
  const first = text.slice(start, start + 1);
  if (first === '{') return looksLikeHar(text) ? 'har' : 'json';
  if (first === '[') return 'json';
  if (first === '<') return 'xml';
  if (startsWithDelimiter(text)) return 'batch';
  const line = text.slice(start).split(/\r?\n|\r/, 1)[0]!;
  if (START_LINE.test(line) || HEADER_LINE.test(line)) return 'http';
  return 'unknown';
}

function startsWithDelimiter(text: string): boolean {
  return /^\s*--[^\s-][^\s]*[ \t]*(?:\r?\n|\r)/.test(text);
}

/**
 * UTF-8 unless a byte order mark says otherwise; an XML file whose bytes are
 * not UTF-8 gets the encoding its declaration names.
 */
function decodeFileText(bytes: Uint8Array, kind: InputKind | undefined): string {
  try {
    return decodeBytes(bytes);
  } catch (error) {
    const declared = /^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(asciiPrefix(bytes))?.[1];
    if ((kind === 'xml' || kind === undefined) && declared && !/^utf-?8$/i.test(declared)) return decodeBytes(bytes, declared);
    throw error;
  }
}

function asciiPrefix(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes.subarray(0, 200).filter((b) => b < 0x80));
}

export function diagnosticsOf(error: unknown): Diagnostic[] {
  if (error instanceof UcwaError) return [...error.diagnostics];
  throw error;
}

/** Adds the UCWA documents carried by a body with this Content-Type. */
export function addBody(
  input: LoadedInput,
  body: string,
  contentType: string | undefined,
  label: string,
  lineOffset: number,
  request?: InputDocument['request'],
  exchange?: { exchange: InputExchange; role: 'request' | 'response' },
): void {
  if (body.trim() === '') return;
  const form = bodyForm(body, contentType);
  if (form === 'json' || form === 'xml') {
    const doc: InputDocument = { label, form, text: body, lineOffset };
    if (contentType) doc.contentType = contentType;
    if (request) doc.request = request;
    if (exchange) Object.assign(doc, exchange);
    input.documents.push(doc);
  } else if (form === 'batch') {
    addBatchAlone(input, body, batchBoundary(contentType ?? ''), label, lineOffset);
  } else {
    const type = classifyContentType(contentType);
    input.diagnostics.push(
      diagnostic('cli.not-checked', `${label === input.path ? 'The body' : `The body of ${label.slice(input.path.length + 1)}`} is ${type.mediaType || 'of no known type'}, not UCWA JSON or XML: not checked.`, {}, 'warning'),
    );
  }
}

function bodyForm(body: string, contentType: string | undefined): 'json' | 'xml' | 'batch' | 'other' {
  const type = classifyContentType(contentType);
  if (type.mediaType !== '') return type.form;
  const first = body.trimStart()[0];
  return first === '{' || first === '[' ? 'json' : first === '<' ? 'xml' : 'other';
}

function requestOf(message: HttpMessage): InputDocument['request'] {
  return message.kind === 'request' && message.method && message.url ? { method: message.method, url: message.url } : undefined;
}

/** ` GET /x` or ` 409 Conflict`: what a message is, for labels. */
function describe(m: HttpMessage): string {
  return m.kind === 'request' ? ` ${m.method} ${m.url}` : m.kind === 'response' ? ` ${m.status}${m.reason ? ` ${m.reason}` : ''}` : '';
}

/** One side of an exchange as the input holds it. */
export interface CapturedSide {
  /** Method, URL, status and headers (the body is `body`). */
  message: Pick<HttpMessage, 'kind' | 'method' | 'url' | 'status' | 'headers'>;
  body: string;
  contentType: string | undefined;
  /** Label of the side's body document. */
  label: string;
  /** Lines to add to a position in `body` to get the position in the file. */
  lineOffset: number;
  /** 1-based line of the start line in the file, when known. */
  startLine?: number;
}

/** Records the exchange of a request and its response, then adds their bodies pointing to it. */
export function addExchange(input: LoadedInput, label: string, sides: Paired<CapturedSide>): void {
  const { request, response } = sides;
  if (request && response && bodyForm(request.body, request.contentType) === 'batch' && bodyForm(response.body, response.contentType) === 'batch') {
    newExchange(input, label, sides);
    addBatchExchange(input, request, response);
    return;
  }
  const exchange = newExchange(input, label, sides);
  for (const [side, role] of [[request, 'request'], [response, 'response']] as const) {
    if (!side) continue;
    const asked = role === 'request' && side.message.method && side.message.url ? { method: side.message.method, url: side.message.url } : undefined;
    addBody(input, side.body, side.contentType, side.label, side.lineOffset, asked, { exchange, role });
  }
}

function newExchange(input: LoadedInput, label: string, { request, response }: Paired<CapturedSide>): InputExchange {
  const exchange: InputExchange = { label, firstDocument: input.documents.length };
  const q = request?.message;
  if (q?.method !== undefined) exchange.method = q.method;
  if (q?.url !== undefined) exchange.url = q.url;
  if (q) exchange.requestHeaders = [...q.headers];
  if (request?.startLine !== undefined) exchange.requestLine = request.startLine;
  if (response?.message.status !== undefined) exchange.status = response.message.status;
  (input.exchanges ??= []).push(exchange);
  return exchange;
}

/** The messages of a raw capture: one (the usual file), or requests each followed by its response. */
function addMessages(input: LoadedInput, text: string, path: string): void {
  const messages = splitHttpMessages(text);
  const one = messages.length === 1;
  const side = ({ message, line }: { message: HttpMessage; line: number }, n: number): CapturedSide => ({
    message,
    body: message.body,
    contentType: headerValue(message.headers, 'content-type'),
    label: one ? path : `${path}#message ${n}${describe(message)}`,
    lineOffset: message.bodyLine - 1,
    ...(message.kind !== 'unknown' && { startLine: line }),
  });
  let n = 0;
  for (const pair of pairMessages(messages)) {
    const sides: Paired<CapturedSide> = {};
    if (pair.request) sides.request = side(pair.request, ++n);
    if (pair.response) sides.response = side(pair.response, ++n);
    const first = sides.request ?? sides.response!;
    addExchange(input, first.label, sides);
  }
}

function partsOf(input: LoadedInput, body: string, boundary: string | undefined, lineOffset: number): BatchPart[] | undefined {
  try {
    return splitBatch(body, boundary);
  } catch (error) {
    append(input.diagnostics, diagnosticsOf(error).map((d) => (d.line === undefined ? d : { ...d, line: d.line + lineOffset })));
    return undefined;
  }
}

function partSide(part: BatchPart, n: number, label: string, lineOffset: number): CapturedSide {
  const m = part.message;
  return {
    message: m,
    body: m.body,
    contentType: headerValue(m.headers, 'content-type'),
    label: `${label}#part ${n}${describe(m)}`,
    lineOffset: lineOffset + part.bodyLine - 1,
  };
}

/** A batch without its counterpart: each part is an exchange of its own (a request alone, or a response alone). */
function addBatchAlone(input: LoadedInput, body: string, boundary: string | undefined, label: string, lineOffset: number): void {
  const parts = partsOf(input, body, boundary, lineOffset);
  parts?.forEach((part, i) => {
    const side = partSide(part, i + 1, label, lineOffset);
    addExchange(input, side.label, part.message.kind === 'request' ? { request: side } : { response: side });
  });
}

/** A batch request and its response: the n-th parts answer each other. */
function addBatchExchange(input: LoadedInput, request: CapturedSide, response: CapturedSide): void {
  const requests = partsOf(input, request.body, batchBoundary(request.contentType ?? ''), request.lineOffset) ?? [];
  const responses = partsOf(input, response.body, batchBoundary(response.contentType ?? ''), response.lineOffset) ?? [];
  for (const pair of pairBatchParts(requests, responses)) {
    const sides: Paired<CapturedSide> = {};
    if (pair.request) sides.request = partSide(pair.request, requests.indexOf(pair.request) + 1, request.label, request.lineOffset);
    if (pair.response) sides.response = partSide(pair.response, responses.indexOf(pair.response) + 1, response.label, response.lineOffset);
    addExchange(input, (sides.request ?? sides.response)!.label, sides);
  }
}
