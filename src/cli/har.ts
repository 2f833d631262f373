/**
 * HAR captures (browser developer tools, proxies): each entry's request and
 * response body is a document when it is UCWA, that is when its MIME type is
 * a UCWA or HAL type, or a JSON/XML/batch type on a UCWA URL: under `/ucwa/`,
 * or one of the discovery responses (under `/autodiscover/`, or from a
 * `lyncdiscover` host), which servers send as plain `application/json`.
 * Other traffic in the capture (scripts, images, other APIs) is ignored.
 * Each UCWA entry (a UCWA body, or a URL under `/ucwa/`) is an exchange:
 * its method, URL, request headers and status go with its bodies.
 * Positions in these documents are relative to the body, not to the HAR file.
 */
import { UcwaError, diagnostic } from '../diagnostic.js';
import { decodeBytes } from '../http/charset.js';
import { classifyContentType } from '../http/content-type.js';
import { jsonSyntaxError } from '../json/locate.js';
import type { HttpHeader } from '../http/message.js';
import { addExchange, diagnosticsOf, type CapturedSide, type LoadedInput } from './inputs.js';

export function looksLikeHar(text: string): boolean {
  return /^\s*\{\s*"log"\s*:/.test(text);
}

interface HarBody {
  mimeType?: unknown;
  text?: unknown;
  encoding?: unknown;
}

export function harDocuments(path: string, text: string, input: LoadedInput): void {
  let har: unknown;
  try {
    har = JSON.parse(text);
  } catch (error) {
    // JSON.parse does not always say where; the locator does.
    const found = jsonSyntaxError(text);
    const why = found?.message ?? (error instanceof Error ? error.message : String(error));
    input.diagnostics.push(diagnostic('json.syntax', `The HAR file is not valid JSON: ${why}`, found?.position ?? {}));
    return;
  }
  const entries = (har as { log?: { entries?: unknown } } | null)?.log?.entries;
  if (!Array.isArray(entries)) {
    input.diagnostics.push(diagnostic('cli.unknown-input', 'Not a HAR capture: there is no log.entries array.', { line: 1, column: 1 }));
    return;
  }
  entries.forEach((entry: unknown, i: number) => addEntry(input, path, entry, i + 1));
  if (input.documents.length === 0 && input.diagnostics.length === 0) {
    input.diagnostics.push(diagnostic('cli.not-checked', 'The capture holds no UCWA request or response body.', {}, 'warning'));
  }
}

interface HarEntry {
  request?: { method?: unknown; url?: unknown; headers?: unknown; postData?: HarBody };
  response?: { status?: unknown; headers?: unknown; content?: HarBody };
}

/** One entry: an exchange when it is UCWA traffic (a UCWA body, or a URL under /ucwa/), else nothing. */
function addEntry(input: LoadedInput, path: string, entry: unknown, n: number): void {
  const e = (entry ?? {}) as HarEntry;
  const method = typeof e.request?.method === 'string' ? e.request.method.toUpperCase() : '?';
  const url = typeof e.request?.url === 'string' ? e.request.url : '?';
  const where = `${path}#entry ${n} ${method} ${url}`;
  const request = harSide(input, e.request?.postData, url, `${where} (request)`);
  const response = harSide(input, e.response?.content, url, `${where} (response)`);
  if (!request && !response && !UCWA_URL.test(url)) return;
  const status = typeof e.response?.status === 'number' && e.response.status > 0 ? e.response.status : undefined;
  const requestMessage = { kind: 'request' as const, method, url, headers: harHeaders(e.request?.headers) };
  const responseMessage = { kind: 'response' as const, headers: harHeaders(e.response?.headers), ...(status !== undefined && { status }) };
  const empty = (label: string) => ({ body: '', contentType: undefined, label, lineOffset: 0 });
  addExchange(input, where, {
    request: { message: requestMessage, ...(request ?? empty(`${where} (request)`)) },
    response: { message: responseMessage, ...(response ?? empty(`${where} (response)`)) },
  });
}

/** Base64 text (RFC 4648 or its URL-safe form), padding optional. */
const BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

/** URLs of UCWA and of its discovery (`https://lyncdiscover.example.com/`, `.../Autodiscover/AutodiscoverService.svc/root`). */
const UCWA_URL = /\/(ucwa|autodiscover)\/|^[a-z]+:\/\/lyncdiscover(internal)?\./i;

function harHeaders(headers: unknown): HttpHeader[] {
  if (!Array.isArray(headers)) return [];
  return headers.flatMap((h: unknown) => {
    const { name, value } = (h ?? {}) as { name?: unknown; value?: unknown };
    return typeof name === 'string' && typeof value === 'string' ? [{ name, value }] : [];
  });
}

/** A UCWA body of the entry (text decoded), or undefined; a body that cannot be decoded becomes a document with its problem. */
function harSide(input: LoadedInput, body: HarBody | undefined, url: string, label: string): Omit<CapturedSide, 'message'> | undefined {
  if (!body || typeof body.text !== 'string' || body.text === '') return undefined;
  const mimeType = typeof body.mimeType === 'string' ? body.mimeType : '';
  const type = classifyContentType(mimeType);
  const underUcwa = UCWA_URL.test(url) && type.form !== 'other';
  if (!type.ucwa && !underUcwa) return undefined;
  let text = body.text;
  if (body.encoding === 'base64') {
    try {
      const compact = body.text.replace(/\s+/g, '');
      // Buffer skips what is not base64; a body marked base64 that is not must say so, not decode to noise.
      if (!BASE64.test(compact) || compact.length % 4 === 1) {
        throw new UcwaError([diagnostic('input.encoding', 'The capture marks this body as base64 (encoding "base64"), but its text is not base64.', { line: 1, column: 1 })]);
      }
      text = decodeBytes(new Uint8Array(Buffer.from(compact, 'base64')), type.charset);
    } catch (error) {
      input.documents.push({ label, form: type.form === 'xml' ? 'xml' : 'json', text: '', lineOffset: 0, problems: diagnosticsOf(error) });
      return undefined;
    }
  }
  return { body: text, contentType: mimeType, label, lineOffset: 0 };
}
