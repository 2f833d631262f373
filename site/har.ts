/**
 * The UCWA bodies of a HAR capture, for the playground: each request and
 * response body whose media type is JSON or XML, with the entry it comes
 * from, numbered as `ucwa validate` numbers entries (from 1). Base64
 * bodies are decoded as UTF-8. Browser-only code: the CLI has its own
 * reader (src/cli/har.ts) with Node's file handling.
 */
export interface HarBody {
  /** `entry 3 GET https://... (response)`, as ucwa validate labels it. */
  label: string;
  entry: number;
  role: 'request' | 'response';
  text: string;
}

/** Whether parsed JSON is a HAR capture (`{ log: { entries: [...] } }`). */
export function isHar(value: unknown): value is { log: { entries: unknown[] } } {
  const log = (value as { log?: { entries?: unknown } } | null)?.log;
  return typeof value === 'object' && value !== null && Array.isArray(log?.entries);
}

interface Entry {
  request?: { method?: unknown; url?: unknown; postData?: { mimeType?: unknown; text?: unknown; encoding?: unknown } };
  response?: { content?: { mimeType?: unknown; text?: unknown; encoding?: unknown } };
}

const UCWA_BODY = /json|xml/i;

function bodyText(body: { mimeType?: unknown; text?: unknown; encoding?: unknown } | undefined): string | undefined {
  if (!body || typeof body.text !== 'string' || body.text.trim() === '') return undefined;
  if (typeof body.mimeType === 'string' && body.mimeType !== '' && !UCWA_BODY.test(body.mimeType)) return undefined;
  if (body.encoding !== 'base64') return body.text;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(atob(body.text), (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

/** Every JSON or XML body of the capture, in entry order, request before response. */
export function harBodies(har: { log: { entries: unknown[] } }): HarBody[] {
  const out: HarBody[] = [];
  har.log.entries.forEach((raw, i) => {
    const e = (raw ?? {}) as Entry;
    const method = typeof e.request?.method === 'string' ? e.request.method.toUpperCase() : '?';
    const url = typeof e.request?.url === 'string' ? e.request.url : '?';
    for (const role of ['request', 'response'] as const) {
      const text = bodyText(role === 'request' ? e.request?.postData : e.response?.content);
      if (text !== undefined) out.push({ label: `entry ${i + 1} ${method} ${url} (${role})`, entry: i + 1, role, text });
    }
  });
  return out;
}
