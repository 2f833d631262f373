/**
 * HAR captures (browser developer tools, proxies): each entry's request and
 * response body is a document when it is UCWA, that is when its MIME type is
 * a UCWA or HAL type, or a JSON/XML/batch type on a UCWA URL: under `/ucwa/`,
 * or one of the discovery responses (under `/autodiscover/`, or from a
 * `lyncdiscover` host), which servers send as plain `application/json`.
 * Other traffic in the capture (scripts, images, other APIs) is ignored.
 * Positions in these documents are relative to the body, not to the HAR file.
 */
import { diagnostic } from '../diagnostic.js';
import { decodeBytes } from '../http/charset.js';
import { classifyContentType } from '../http/content-type.js';
import { jsonSyntaxError } from '../json/locate.js';
import { addBody, diagnosticsOf, type LoadedInput } from './inputs.js';

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
  entries.forEach((entry: unknown, i: number) => {
    const e = (entry ?? {}) as { request?: { method?: unknown; url?: unknown; postData?: HarBody }; response?: { content?: HarBody } };
    const method = typeof e.request?.method === 'string' ? e.request.method.toUpperCase() : '?';
    const url = typeof e.request?.url === 'string' ? e.request.url : '?';
    const where = `${path}#entry ${i + 1} ${method} ${url}`;
    addHarBody(input, e.request?.postData, url, `${where} (request)`, { method, url });
    addHarBody(input, e.response?.content, url, `${where} (response)`);
  });
  if (input.documents.length === 0 && input.diagnostics.length === 0) {
    input.diagnostics.push(diagnostic('cli.not-checked', 'The capture holds no UCWA request or response body.', {}, 'warning'));
  }
}

/** URLs of UCWA and of its discovery (`https://lyncdiscover.example.com/`, `.../Autodiscover/AutodiscoverService.svc/root`). */
const UCWA_URL = /\/(ucwa|autodiscover)\/|^[a-z]+:\/\/lyncdiscover(internal)?\./i;

function addHarBody(input: LoadedInput, body: HarBody | undefined, url: string, label: string, request?: { method: string; url: string }): void {
  if (!body || typeof body.text !== 'string' || body.text === '') return;
  const mimeType = typeof body.mimeType === 'string' ? body.mimeType : '';
  const type = classifyContentType(mimeType);
  const underUcwa = UCWA_URL.test(url) && type.form !== 'other';
  if (!type.ucwa && !underUcwa) return;
  let text = body.text;
  if (body.encoding === 'base64') {
    try {
      text = decodeBytes(new Uint8Array(Buffer.from(body.text, 'base64')), type.charset);
    } catch (error) {
      input.documents.push({ label, form: type.form === 'xml' ? 'xml' : 'json', text: '', lineOffset: 0, problems: diagnosticsOf(error) });
      return;
    }
  }
  addBody(input, text, mimeType, label, 0, request);
}
