/**
 * Raw HTTP messages as people paste them: captures, logs, documentation.
 *
 * The parser is lenient on purpose, because real samples are: methods in any
 * case (`Get`, `Post`), no status or request line at all, LF or CRLF, and no
 * blank line between the headers and the body (the body then starts at the
 * first line that does not look like a header), lines indented by a stray
 * space. `Content-Length` is ignored:
 * hand-edited samples rarely keep it right, so the body is the rest of the text.
 */
import { argumentError, asUcwaError, checkText } from '../boundary.js';
import { stripBom } from './charset.js';
import { LineReader, type Line } from './lines.js';

export interface HttpHeader {
  name: string;
  value: string;
}

export interface HttpMessage {
  /** `unknown` when the text starts directly with headers or a body. */
  kind: 'request' | 'response' | 'unknown';
  /** Request method, upper case. */
  method?: string;
  /** Request target as written (absolute URL or path). */
  url?: string;
  /** `HTTP/1.1`, when the start line carries one. */
  version?: string;
  status?: number;
  reason?: string;
  /** In the order written; names as written. */
  headers: HttpHeader[];
  /** Everything after the headers ('' when there is none). */
  body: string;
  /** 1-based line of the input on which the body starts (column is always 1). */
  bodyLine: number;
}

const REQUEST_LINE = /^([A-Za-z][A-Za-z-]*)[ \t]+(\S+)(?:[ \t]+(HTTP\/\d+(?:\.\d+)?))?[ \t]*$/;
const STATUS_LINE = /^(HTTP\/\d+(?:\.\d+)?)[ \t]+(\d{3})(?:[ \t]+(.*))?$/;
/** RFC 9110 token, a colon, then anything. */
const HEADER_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)[ \t]*:[ \t]*(.*)$/;

/** A raw HTTP message (see the module header) -> its parts; never fails on text, and a non-string is an `input.argument` UcwaError. */
export function parseHttpMessage(input: string): HttpMessage {
  checkText(input, 'The message');
  const text = stripBom(input);
  const lines = new LineReader(text);
  const message: HttpMessage = { kind: 'unknown', headers: [], body: '', bodyLine: 1 };
  let line = lines.next();
  while (line && line.text.trim() === '') line = lines.next();
  // Leading blanks on the start line and headers are tolerated (indented samples).
  if (line && readStartLine(line.text.trim(), message)) line = lines.next();
  for (; line; line = lines.next()) {
    if (line.text.trim() === '') {
      line = lines.next(); // the blank separator line is not part of the body
      break;
    }
    const header = HEADER_LINE.exec(line.text.trimStart());
    if (!header) break; // no blank line: the body starts here
    message.headers.push({ name: header[1]!, value: header[2]!.trim() });
  }
  if (line && isMangledBom(line, lines)) line = lines.next();
  if (line) {
    message.bodyLine = line.number;
    message.body = text.slice(line.start);
  } else {
    message.bodyLine = lines.count + 1;
  }
  return message;
}

/**
 * A line holding only `?` right before a JSON or XML body is a byte order
 * mark that went through a code page without it (seen in published batch
 * samples); it is not part of the body.
 */
function isMangledBom(line: Line, lines: LineReader): boolean {
  if (line.text.trim() !== '?') return false;
  return /^\s*[{[<]/.test(lines.rest());
}

const METHODS = new Set(['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD']);

function readStartLine(text: string, message: HttpMessage): boolean {
  const status = STATUS_LINE.exec(text);
  if (status) {
    message.kind = 'response';
    message.version = status[1]!;
    message.status = Number(status[2]);
    if (status[3]) message.reason = status[3].trim();
    return true;
  }
  const request = REQUEST_LINE.exec(text);
  // `Host: x` never matches (the colon is not a method character), and a JSON
  // or XML body cannot start with a letter, so this is a request line.
  if (request && (request[3] || METHODS.has(request[1]!.toUpperCase()))) {
    message.kind = 'request';
    message.method = request[1]!.toUpperCase();
    message.url = request[2]!;
    if (request[3]) message.version = request[3];
    return true;
  }
  return false;
}

/** Value of the first header with this name (case-insensitive); headers that are not `{ name, value }` strings are an `input.argument` UcwaError. */
export function headerValue(headers: readonly HttpHeader[], name: string): string | undefined {
  try {
    if (!Array.isArray(headers)) throw argumentError('The headers', 'a list of { name, value }', headers);
    checkText(name, 'The header name');
    const wanted = name.toLowerCase();
    for (const h of headers as readonly unknown[]) {
      if (typeof h !== 'object' || h === null || typeof (h as HttpHeader).name !== 'string' || typeof (h as HttpHeader).value !== 'string') {
        throw argumentError('Each header', 'an object { name, value } of strings', h);
      }
      if ((h as HttpHeader).name.toLowerCase() === wanted) return (h as HttpHeader).value;
    }
    return undefined;
  } catch (error) {
    throw asUcwaError(error); // a revoked Proxy, a throwing getter
  }
}

/** Headers as an object with lower-case names; repeated headers are joined with ", ". */
export function headersRecord(headers: readonly HttpHeader[]): Record<string, string> {
  const record = Object.create(null) as Record<string, string>;
  for (const { name, value } of headers) {
    const key = name.toLowerCase();
    record[key] = key in record ? `${record[key]}, ${value}` : value;
  }
  return { ...record };
}
