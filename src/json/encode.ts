/**
 * Value -> JSON text as UCWA writes it: dates with escaped slashes
 * (`"\/Date(1371023234000)\/"`). Escaping `/` is harmless anywhere in a
 * JSON string, so the rewrite cannot change any value.
 */
import { asUcwaError, checkOptions } from '../boundary.js';
import { UcwaError, diagnostic } from '../diagnostic.js';
import { checkValueShape } from '../codec/limits.js';
import { indentOf, maxDepthOf, type EncodeOptions } from '../codec/options.js';

const DATE = /"\/Date\((-?\d+(?:[+-]\d{4})?)\)\/"/g;

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
  checkValueShape(value, maxDepthOf(options));
  let text: string | undefined;
  try {
    text = JSON.stringify(value, lossless, indentOf(options) || undefined);
  } catch (error) {
    if (error instanceof UcwaError) throw error;
    throw new UcwaError([diagnostic('schema.type', `The value cannot be written as JSON: ${error instanceof Error ? error.message : String(error)}.`)]);
  }
  if (text === undefined) throw new UcwaError([diagnostic('schema.type', 'The value cannot be written as JSON.')]);
  return text.indexOf('/Date(') >= 0 ? text.replace(DATE, '"\\/Date($1)\\/"') : text;
}
