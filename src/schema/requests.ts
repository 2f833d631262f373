/**
 * The request-body type of a captured request, from its method and URL.
 * UCWA URLs are the server's business, but most end with the name of the
 * resource they address (`.../me/note`, `.../me/presence`), which is a page
 * name of the model; where the last path segment names a page that has a
 * body type for that method, that is the type. Anything else: undefined,
 * and the caller says it cannot tell.
 */
import { bundle } from '../generated/schema-bundle.js';

let index: Map<string, string[]> | undefined;

function requestIndex(): Map<string, string[]> {
  if (index) return index;
  index = new Map();
  for (const [name, def] of Object.entries(bundle.definitions)) {
    if (def.ucwaKind !== 'request' || !def.ucwaPage || !def.ucwaOperation) continue;
    const key = `${def.ucwaOperation.toUpperCase()} ${def.ucwaPage.toLowerCase()}`;
    index.set(key, [...(index.get(key) ?? []), name]);
  }
  return index;
}

/** Last non-empty path segment of an absolute or relative URL, decoded. */
function lastSegment(url: string): string | undefined {
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').replace(/[?#].*$/s, '');
  const segment = path.split('/').filter(Boolean).pop();
  if (segment === undefined) return undefined;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** `NotePostInput` for `POST https://host/ucwa/.../me/note`; undefined when it cannot tell. */
export function requestTypeFor(method: string, url: string): string | undefined {
  const segment = lastSegment(url);
  if (!segment) return undefined;
  const types = requestIndex().get(`${method.toUpperCase()} ${segment.toLowerCase()}`);
  return types?.length === 1 ? types[0] : undefined;
}
