/**
 * Captures that hold more than one HTTP message: a request followed by its
 * response (as Fiddler, `curl -v` or a log writes them), several such
 * exchanges in a row, and batches, whose request parts and response parts
 * answer each other in order. Splits and pairs; nothing is decoded.
 *
 * A message ends where the next start line begins at the start of a line:
 * a status line (`HTTP/1.1 409 Conflict`) or a request line that carries
 * its version (`GET /x HTTP/1.1`, any case). A `multipart/*` body runs to
 * its closing delimiter, so the messages inside a batch stay inside it.
 * A single message (the usual file) comes back whole, as parseHttpMessage
 * reads it.
 */
import type { BatchPart } from './batch.js';
import { classifyContentType } from './content-type.js';
import { LineReader, type Line } from './lines.js';
import { headerValue, parseHttpMessage, type HttpMessage } from './message.js';

export interface LocatedMessage {
  message: HttpMessage;
  /** 1-based line of the input on which the message starts (its bodyLine counts from the input too). */
  line: number;
}

/** A request and the response that answers it; either may be missing. */
export interface Paired<T> {
  request?: T;
  response?: T;
}

const NEXT_START = /^(?:HTTP\/\d+(?:\.\d+)?[ \t]+\d{3}\b|[A-Za-z][A-Za-z-]*[ \t]+\S+[ \t]+HTTP\/\d+(?:\.\d+)?[ \t]*$)/;
const HEADER_LINE = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+[ \t]*:/;

/** The messages of a capture, in order, each with the line it starts on. */
export function splitHttpMessages(text: string): LocatedMessage[] {
  const lines = new LineReader(text);
  const out: LocatedMessage[] = [];
  let line = lines.next();
  while (line) {
    while (line && line.text.trim() === '') line = lines.next();
    if (!line) break;
    const first = line;
    const { contentType, next } = skipHead(lines, line);
    const end = endOfBody(lines, next, contentType);
    const chunk = text.slice(first.start, end.offset);
    const message = parseHttpMessage(chunk);
    message.bodyLine += first.number - 1;
    out.push({ message, line: first.number });
    line = end.next;
  }
  return out;
}

/** Past the start line and headers; the Content-Type read on the way. */
function skipHead(lines: LineReader, first: Line): { contentType: string | undefined; next: Line | undefined } {
  let contentType: string | undefined;
  let line: Line | undefined = first;
  if (NEXT_START.test(line.text.trim()) || /^[A-Za-z]+[ \t]+\S+[ \t]*$/.test(line.text.trim())) line = lines.next();
  for (; line; line = lines.next()) {
    const text = line.text.trimStart();
    if (text.trim() === '') return { contentType, next: lines.next() };
    if (!HEADER_LINE.test(text)) break;
    const colon = text.indexOf(':');
    if (text.slice(0, colon).trim().toLowerCase() === 'content-type') contentType = text.slice(colon + 1).trim();
  }
  return { contentType, next: line };
}

/** Where the body that starts at `line` ends: the next start line, or the closing delimiter of a multipart body. */
function endOfBody(lines: LineReader, line: Line | undefined, contentType: string | undefined): { offset: number; next: Line | undefined } {
  const type = classifyContentType(contentType);
  const multipart = type.mediaType.startsWith('multipart/');
  // Without a boundary parameter, the first delimiter line gives it (as splitBatch reads it).
  let boundary: string | undefined = type.params.boundary;
  let last: Line | undefined;
  for (; line; line = lines.next()) {
    if (multipart) {
      boundary ??= /^--(\S+?)[ \t]*$/.exec(line.text)?.[1];
      if (boundary !== undefined && line.text.trimEnd() === `--${boundary}--`) return { offset: line.after, next: lines.next() };
    } else if (NEXT_START.test(line.text)) {
      return { offset: line.start, next: line };
    }
    last = line;
  }
  return { offset: last ? last.after : Number.MAX_SAFE_INTEGER, next: undefined };
}

/** Requests paired with the responses that follow them; a message without a partner stands alone. */
export function pairMessages<T extends { message: HttpMessage }>(messages: readonly T[]): Paired<T>[] {
  const out: Paired<T>[] = [];
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i]!;
    const next = messages[i + 1];
    if (m.message.kind === 'request' && next?.message.kind === 'response') {
      out.push({ request: m, response: next });
      i++;
    } else {
      out.push(m.message.kind === 'response' ? { response: m } : { request: m });
    }
  }
  return out;
}

/**
 * The parts of a batch request and of its response, paired in order (the
 * n-th response answers the n-th request). When the counts differ the
 * order cannot be trusted, and every part stands alone.
 */
export function pairBatchParts(requests: readonly BatchPart[], responses: readonly BatchPart[]): Paired<BatchPart>[] {
  if (requests.length === responses.length) return requests.map((request, i) => ({ request, response: responses[i]! }));
  return [...requests.map((request) => ({ request })), ...responses.map((response) => ({ response }))];
}

/** True for a `multipart/batching` (or other multipart) message. */
export function isBatchMessage(message: HttpMessage): boolean {
  return classifyContentType(headerValue(message.headers, 'content-type')).form === 'batch';
}
