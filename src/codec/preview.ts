/**
 * The start of a value's JSON text, for messages: what `JSON.stringify`
 * would write, cut after `limit` characters with `...`, but computed only up
 * to the cut. Stringifying the whole value and then cutting cost the whole
 * value for every message: a sparse array of length 2^32 - 1 took minutes,
 * and a message per level of a deep value cost its depth times its size.
 *
 * Same text as JSON.stringify wherever it has one (toJSON, boxed
 * primitives, holes and functions as null in arrays, skipped in objects);
 * what it refuses (a cycle, a BigInt, a throwing getter or trap) is shown
 * as `String(value)`, as before.
 */

/** Thrown when the text is long enough to be cut: the parts written so far are all that is needed. */
const FULL = Symbol('full');

/** `JSON.stringify(value)` cut to `limit` characters (`...` included); undefined when it writes nothing. */
export function jsonPreview(value: unknown, limit: number): string | undefined {
  const parts: string[] = [];
  let length = 0;
  const out = (text: string): void => {
    parts.push(text);
    length += text.length;
    if (length > limit) throw FULL;
  };
  const ancestors: object[] = [];

  /** Writes `v` (already through toJSON); false when JSON writes nothing for it. */
  const write = (v: unknown): boolean => {
    if (v === null) return out('null'), true;
    switch (typeof v) {
      case 'string':
        return out(quoted(v, limit)), true;
      case 'number':
        return out(Number.isFinite(v) ? String(v) : 'null'), true;
      case 'boolean':
        return out(v ? 'true' : 'false'), true;
      case 'bigint':
        throw new TypeError('BigInt');
      case 'object':
        break;
      default:
        return false;
    }
    const o = v as object;
    if (o instanceof Number || o instanceof String || o instanceof Boolean) return write(o.valueOf());
    if (ancestors.includes(o)) throw new TypeError('cycle');
    ancestors.push(o);
    if (Array.isArray(o)) {
      out('[');
      for (let i = 0; i < o.length; i++) {
        if (i) out(',');
        if (!write(toJson(o[i], String(i)))) out('null');
      }
      out(']');
    } else {
      out('{');
      let first = true;
      for (const key of Object.keys(o)) {
        const item = toJson((o as Record<string, unknown>)[key], key);
        if (!writable(item)) continue;
        out(`${first ? '' : ','}${quoted(key, limit)}:`);
        first = false;
        write(item);
      }
      out('}');
    }
    ancestors.pop();
    return true;
  };

  try {
    if (!write(toJson(value, ''))) return undefined;
  } catch (error) {
    if (error !== FULL) throw error;
    return `${parts.join('').slice(0, limit - 3)}...`;
  }
  return parts.join('');
}

function toJson(v: unknown, key: string): unknown {
  return typeof v === 'object' && v !== null && typeof (v as { toJSON?: unknown }).toJSON === 'function' ? (v as { toJSON(key: string): unknown }).toJSON(key) : v;
}

function writable(v: unknown): boolean {
  return v !== undefined && typeof v !== 'function' && typeof v !== 'symbol';
}

/** The JSON string of `text`, or of enough of its start to pass `limit` (a surrogate pair is not split). */
function quoted(text: string, limit: number): string {
  if (text.length <= limit) return JSON.stringify(text);
  const cut = text.charCodeAt(limit - 1) >= 0xd800 && text.charCodeAt(limit - 1) <= 0xdbff ? limit + 1 : limit;
  return JSON.stringify(text.slice(0, cut));
}
