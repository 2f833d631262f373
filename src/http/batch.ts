/**
 * `multipart/batching`: UCWA's batch format. The body is a MIME multipart
 * whose parts are `application/http` messages, requests in a batch request
 * and responses in a batch response (one per request, in any order).
 */
import { checkText } from '../boundary.js';
import { UcwaError, diagnostic } from '../diagnostic.js';
import { classifyContentType, parseContentType } from './content-type.js';
import { LineReader, type Line } from './lines.js';
import { headerValue, parseHttpMessage, type HttpHeader, type HttpMessage } from './message.js';

export interface BatchPart {
  /** MIME headers of the part itself (`Content-Type: application/http; msgtype=response`). */
  headers: HttpHeader[];
  /**
   * The embedded HTTP message. A part that is not `application/http` (and does
   * not start like one) is a message of kind `unknown` whose body is the content.
   */
  message: HttpMessage;
  /** 1-based line of the batch body on which the embedded message's body starts. */
  bodyLine: number;
}

/** The boundary parameter of a Content-Type, when it has one. */
export function batchBoundary(contentType: string): string | undefined {
  checkText(contentType, 'The Content-Type');
  const boundary = parseContentType(contentType).params.boundary;
  return boundary ? boundary : undefined;
}

/**
 * Splits a batch body into its parts. Without a boundary (a body saved on its
 * own), the first delimiter line `--<boundary>` gives it. Text before the first
 * delimiter and after the closing one is ignored, as MIME says.
 */
export function splitBatch(body: string, boundary?: string): BatchPart[] {
  checkText(body, 'The batch body');
  if (boundary !== undefined) checkText(boundary, 'The boundary');
  const lines = new LineReader(body);
  let line = lines.next();
  while (line && line.text.trim() === '') line = lines.next();
  const found = boundary ?? (line ? /^--(\S+?)(?:--)?[ \t]*$/.exec(line.text)?.[1] : undefined);
  if (!found) {
    throw new UcwaError([diagnostic('http.malformed', 'The batch has no boundary: the Content-Type lacks a boundary parameter and the body does not start with a "--boundary" line.', { line: 1, column: 1 })]);
  }
  const chunks = delimit(body, lines, line, found);
  if (chunks.length === 0) {
    throw new UcwaError([diagnostic('http.malformed', `The batch holds no part delimited by "--${found}".`, { line: 1, column: 1 })]);
  }
  return chunks.map(({ text, line: first }) => toPart(text, first));
}

interface Chunk {
  text: string;
  /** 1-based line of the batch body on which the chunk starts. */
  line: number;
}

function delimit(body: string, lines: LineReader, first: Line | undefined, boundary: string): Chunk[] {
  const chunks: Chunk[] = [];
  const open = `--${boundary}`;
  const close = `${open}--`;
  let current: Chunk & { start: number } | undefined;
  let previousEnd = 0;
  for (let line = first; line; line = lines.next()) {
    const text = line.text.trimEnd();
    if (text === open || text === close) {
      // The line break before a delimiter belongs to the delimiter, not to the part.
      if (current) chunks.push({ text: body.slice(current.start, Math.max(current.start, previousEnd)), line: current.line });
      if (text === close) return chunks;
      current = { text: '', start: line.after, line: line.number + 1 };
    }
    previousEnd = line.end;
  }
  // No closing delimiter (a truncated capture): the last part runs to the end.
  if (current) chunks.push({ text: body.slice(current.start), line: current.line });
  return chunks;
}

function toPart(text: string, line: number): BatchPart {
  const mime = parseHttpMessage(text);
  const headers = mime.headers;
  const type = classifyContentType(headerValue(headers, 'content-type')).mediaType;
  const looksLikeMessage = /^\s*(?:HTTP\/\d|[A-Za-z]+[ \t]+\S+[ \t]+HTTP\/\d)/.test(mime.body);
  if (type === 'application/http' || looksLikeMessage) {
    const message = parseHttpMessage(mime.body);
    return { headers, message, bodyLine: line + mime.bodyLine - 1 + message.bodyLine - 1 };
  }
  const message: HttpMessage = { kind: 'unknown', headers: [], body: mime.body, bodyLine: 1 };
  return { headers, message, bodyLine: line + mime.bodyLine - 1 };
}
