/** Size and depth limits: checked before any work that could blow up. */
import { UcwaError, diagnostic } from '../diagnostic.js';
import { decodeBytesAs, stripBom } from '../http/charset.js';
import { argumentError } from '../boundary.js';
import { escapePointer } from './pointer.js';

/** UTF-8 length of a string, stopping early once it exceeds `limit`. */
export function utf8Length(text: string, limit = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function checkSize(text: string, maxBytes: number): void {
  // Each UTF-16 unit is 1 to 3 UTF-8 bytes: only count when the bounds straddle the limit.
  if (text.length * 3 <= maxBytes) return;
  if (text.length > maxBytes || utf8Length(text, maxBytes) > maxBytes) {
    throw new UcwaError([diagnostic('input.too-large', `The input is larger than the limit of ${maxBytes} bytes.`)]);
  }
}

/** Turns bytes or a string into text; anything else is an `input.argument` error. */
export function inputText(input: unknown, maxBytes: number): string {
  return inputTextAs(input, maxBytes).text;
}

/**
 * `inputText`, also saying how the text was decoded: bytes by their byte
 * order mark, else `charset`, else UTF-8 (`encoding` is the one used); a
 * string as given (`encoding` is `charset`, undefined when none was named).
 * Either way one leading byte order mark is dropped and a second refused
 * (http/charset.ts holds the rule).
 */
export function inputTextAs(input: unknown, maxBytes: number, charset?: string): { text: string; encoding: string | undefined } {
  if (typeof input === 'string') {
    checkSize(input, maxBytes);
    return { text: stripBom(input), encoding: charset };
  }
  if (input instanceof Uint8Array) {
    if (input.length > maxBytes) {
      throw new UcwaError([diagnostic('input.too-large', `The input is larger than the limit of ${maxBytes} bytes.`)]);
    }
    return decodeBytesAs(input, charset);
  }
  throw argumentError('The input', 'a string or bytes (Uint8Array)', input);
}

export function tooDeep(maxDepth: number, at: { path?: string; line?: number; column?: number } = {}): UcwaError {
  return new UcwaError([
    diagnostic('input.too-deep', `The input nests deeper than the limit of ${maxDepth} levels.`, at),
  ]);
}

/**
 * A value built in code, before it is encoded or validated: its nesting
 * depth, and no holes in its arrays (JSON has none). Walked with an explicit
 * stack, so neither deep input nor cycles can overflow the call stack: a
 * cycle simply counts as too deep. An array's items are read in order and
 * the walk stops at the first hole, so a sparse array costs what precedes
 * its first hole, not its length (`length` 1e7 with one item: two steps).
 * The walk builds no pointers; when it finds a flaw, a second walk does, to
 * say where.
 */
export function checkValueShape(value: unknown, maxDepth: number): void {
  const flaw = firstFlaw(value, maxDepth, false);
  if (!flaw) return;
  const { kind, path, index, length } = firstFlaw(value, maxDepth, true) ?? flaw;
  if (kind === 'deep') throw tooDeep(maxDepth, { path });
  const message = `Item ${index} is a hole: the array (length ${length}) is sparse, and JSON has no holes.`;
  throw new UcwaError([diagnostic('schema.type', message, { path })]);
}

interface Flaw {
  kind: 'deep' | 'hole';
  /** JSON pointer of the node too deep, or of the hole ('' when pointers were not asked for). */
  path: string;
  /** The index of the hole, and the length of its array. */
  index?: number;
  length?: number;
}

function firstFlaw(value: unknown, maxDepth: number, pointers: boolean): Flaw | undefined {
  const values: unknown[] = [value];
  const depths: number[] = [0];
  const paths: string[] = [''];
  while (values.length) {
    const v = values.pop();
    const depth = depths.pop()! + 1;
    const path = pointers ? paths.pop()! : '';
    if (typeof v !== 'object' || v === null) continue;
    if (depth > maxDepth) return { kind: 'deep', path };
    if (Array.isArray(v)) {
      for (let i = 0, n = v.length; i < n; i++) {
        if (!(i in v)) return { kind: 'hole', path: pointers ? `${path}/${i}` : '', index: i, length: n };
        values.push(v[i]);
        depths.push(depth);
        if (pointers) paths.push(`${path}/${i}`);
      }
    } else {
      const record = v as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        values.push(record[key]);
        depths.push(depth);
        if (pointers) paths.push(`${path}/${escapePointer(key)}`);
      }
    }
  }
  return undefined;
}
