/**
 * Value -> JSON text as UCWA writes it: dates with escaped slashes
 * (`"\/Date(1371023234000)\/"`). Escaping `/` is harmless anywhere in a
 * JSON string, so the rewrite cannot change any value.
 */
import { asUcwaError, checkOptions } from '../boundary.js';
import { UcwaError, diagnostic } from '../diagnostic.js';
import { checkValueShape } from '../codec/limits.js';
import { indentOf, maxDepthOf, type EncodeOptions } from '../codec/options.js';

/** A UCWA date string as JSON.stringify writes it, matched where a `/Date(` was found. */
const DATE = /"\/Date\((-?\d+(?:[+-]\d{4})?)\)\/"/y;

/**
 * JSON.stringify would silently drop functions and symbols and write
 * NaN/Infinity as null: a value that says something JSON cannot is an error,
 * as it is for encodeXml. (`undefined` properties are simply absent.)
 */
function lossless(this: unknown, key: string, v: unknown): unknown {
  const what =
    typeof v === 'function' ? 'a function'
    : typeof v === 'symbol' ? 'a symbol'
    : v === undefined && Array.isArray(this) ? 'undefined'
    : typeof v === 'number' && !Number.isFinite(v) ? String(v)
    : undefined;
  if (what) throw new UcwaError([diagnostic('schema.type', `${key === '' ? 'The value' : `\`${key}\``} is ${what}, which JSON cannot carry.`)]);
  return v;
}

/**
 * Value -> UCWA JSON text. Throws only `UcwaError`: for what JSON cannot
 * carry, too deep a nesting, and values whose getters or Proxy traps throw.
 */
export function encodeJson(value: unknown, options: EncodeOptions = {}): string {
  try {
    checkOptions(options);
    return encode(value, options);
  } catch (error) {
    throw asUcwaError(error);
  }
}

function encode(value: unknown, options: EncodeOptions): string {
  const maxDepth = maxDepthOf(options);
  const indent = indentOf(options) || undefined;
  // The common value (plain data, nothing JSON cannot say) is written by
  // JSON.stringify without a replacer, which V8 runs several times faster;
  // anything else takes the checked path, which says what is wrong.
  const kind = plainData(value, maxDepth);
  if (kind === NOT_PLAIN) checkValueShape(value, maxDepth);
  let text: string | undefined;
  try {
    text = JSON.stringify(value, kind === NOT_PLAIN ? lossless : undefined, indent);
  } catch (error) {
    if (error instanceof UcwaError) throw error;
    throw new UcwaError([diagnostic('schema.type', `The value cannot be written as JSON: ${error instanceof Error ? error.message : String(error)}.`)]);
  }
  if (text === undefined) throw new UcwaError([diagnostic('schema.type', 'The value cannot be written as JSON.')]);
  // Text without dates is returned untouched: V8 hands JSON.stringify's text
  // out in pieces, joined only when read, and a search would join it here.
  return kind === PLAIN ? text : escapeDates(text);
}

/**
 * `"/Date(ms)/"` -> `"\/Date(ms)\/"`. Jumps from one `Date(` to the next
 * (a regular expression over the whole text would try a match at every
 * quote, and JSON text is mostly quotes; `/` is as common, in hrefs).
 */
function escapeDates(text: string): string {
  let at = text.indexOf('Date(');
  if (at < 0) return text;
  // Concatenated, not joined: V8 keeps the pieces until the text is read, as it does JSON.stringify's.
  let out = '';
  let from = 0;
  for (; at >= 0; at = text.indexOf('Date(', at + 1)) {
    if (at - 2 < from) continue; // inside the date just rewritten
    DATE.lastIndex = at - 2;
    const m = DATE.exec(text);
    if (!m) continue;
    out += text.slice(from, at - 2) + `"\\/Date(${m[1]})\\/"`;
    from = DATE.lastIndex;
  }
  return out + text.slice(from);
}

/** What `plainData` found: something JSON.stringify alone would get wrong, plain data, plain data that may hold a date. */
const NOT_PLAIN = 0;
const PLAIN = 1;
const PLAIN_DATES = 2;
type Kind = typeof NOT_PLAIN | typeof PLAIN | typeof PLAIN_DATES;

/**
 * Whether JSON.stringify writes `value` as it is, with nothing to report:
 * no function, symbol or non-finite number anywhere, no `undefined` or hole
 * in an array, no `toJSON` method, no deeper than `left` levels (so no
 * cycle); and whether a string or name holds `/Date(`. Conservative:
 * inherited enumerable properties are looked at too, and NOT_PLAIN only
 * means the checked path runs.
 */
function plainData(value: unknown, left: number): Kind {
  if (typeof value !== 'object' || value === null) return plainScalar(value);
  if (left === 0) return NOT_PLAIN;
  let kind: Kind = PLAIN;
  if (Array.isArray(value)) {
    for (let i = 0, n = value.length; i < n; i++) {
      const item: unknown = value[i];
      const k = item === undefined ? NOT_PLAIN : plainData(item, left - 1);
      if (k === NOT_PLAIN) return NOT_PLAIN;
      if (k === PLAIN_DATES) kind = PLAIN_DATES;
    }
    return kind;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.toJSON === 'function') return NOT_PLAIN;
  for (const key in record) {
    const item = record[key];
    if (item === undefined) continue;
    const k = plainData(item, left - 1);
    if (k === NOT_PLAIN) return NOT_PLAIN;
    if (k === PLAIN_DATES || key.includes('/Date(')) kind = PLAIN_DATES;
  }
  return kind;
}

function plainScalar(value: unknown): Kind {
  switch (typeof value) {
    case 'string':
      return value.includes('/Date(') ? PLAIN_DATES : PLAIN;
    case 'boolean':
    case 'bigint':
      return PLAIN;
    case 'number':
      return Number.isFinite(value) ? PLAIN : NOT_PLAIN;
    default:
      return NOT_PLAIN;
  }
}
