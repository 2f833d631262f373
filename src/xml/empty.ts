/**
 * Empty lists under `_links` and `_embedded`. UCWA's JSON writes an empty
 * collection as `"group": []`, and XML has no element for a list of none, so
 * the encoder records such keys in one attribute of the element that owns
 * them, in the codec's own namespace, and the decoder gives them back:
 *
 *   <resource rel="myGroups" xmlns:codec="https://ucwa-codec.dev/xml" codec:empty="_embedded/group _links/group">
 *
 * Keys are percent-encoded (encodeURIComponent), so any key survives. XML
 * readers that do not know the namespace ignore the attribute, as the
 * namespaces recommendation lets them; XML from a server never carries it,
 * so an empty list it leaves out stays out.
 */
import { hasOwn, isPlainObject, setOwn } from '../codec/safe.js';
import { attrPos, child, mark, report, type DecodeContext } from './context.js';
import type { XElement } from './scan.js';
import type { Attrs } from './writer.js';

/** Namespace of the attribute (a name, never fetched). */
export const CODEC_NS = 'https://ucwa-codec.dev/xml';
const PREFIX = 'codec';
const SECTIONS = ['_links', '_embedded'] as const;
/** No attributes: shared, never written to. */
const NONE: Attrs = [];

/** `xmlns:codec` and `codec:empty` for the empty lists of `owner`'s `_links` and `_embedded`; none when it has none. */
export function emptyListAttrs(owner: Record<string, unknown>): Attrs {
  let tokens: string[] | undefined; // made on first use: most resources have no empty list
  for (const section of SECTIONS) {
    const map = hasOwn(owner, section) ? owner[section] : undefined;
    if (!isPlainObject(map)) continue;
    for (const key of Object.keys(map)) {
      const entry = map[key];
      if (Array.isArray(entry) && entry.length === 0) (tokens ??= []).push(`${section}/${encodeURIComponent(key)}`);
    }
  }
  return tokens ? [[`xmlns:${PREFIX}`, CODEC_NS], [`${PREFIX}:empty`, tokens.join(' ')]] : NONE;
}

/**
 * Adds the empty lists recorded on `el` to `out` (creating `_links` or
 * `_embedded` as needed); a list the element also holds items of is kept as is.
 */
export function addEmptyLists(ctx: DecodeContext, el: XElement, out: Record<string, unknown>, path: string): void {
  const marker = emptyAttr(el);
  if (!marker) return;
  for (const token of marker.value.split(/[ \t\r\n]+/)) {
    if (token === '') continue;
    const slash = token.indexOf('/');
    const section = token.slice(0, slash);
    const key = slash > 0 ? decodeKey(token.slice(slash + 1)) : undefined;
    if (key === undefined || (section !== '_links' && section !== '_embedded')) {
      report(ctx, 'xml.unexpected-element', `${marker.name} holds "${token}"; expected _links/name or _embedded/name.`, path, marker.pos);
      continue;
    }
    const existing = hasOwn(out, section) ? out[section] : undefined;
    const map: Record<string, unknown> = isPlainObject(existing) ? existing : {};
    if (map !== existing) setOwn(out, section, map);
    if (hasOwn(map, key)) continue;
    setOwn(map, key, []);
    mark(ctx, child(child(path, section), key), attrPos(el, marker.name));
  }
}

/** The `empty` attribute whose prefix the element binds to the codec namespace. */
function emptyAttr(el: XElement): { name: string; value: string; pos: number } | undefined {
  for (const a of el.attrs) {
    if (!a.name.startsWith('xmlns:') || a.value !== CODEC_NS) continue;
    const name = `${a.name.slice(6)}:empty`;
    for (const b of el.attrs) if (b.name === name) return b;
  }
  return undefined;
}

function decodeKey(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
