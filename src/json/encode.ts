/**
 * Value -> JSON text as UCWA writes it: dates with escaped slashes
 * (`"\/Date(1371023234000)\/"`). Escaping `/` is harmless anywhere in a
 * JSON string, so the rewrite cannot change any value.
 */
import { UcwaError, diagnostic } from '../diagnostic.js';
import { checkValueDepth } from '../codec/limits.js';
import { indentOf, maxDepthOf, type EncodeOptions } from '../codec/options.js';

const DATE = /"\/Date\((-?\d+(?:[+-]\d{4})?)\)\/"/g;

export function encodeJson(value: unknown, options: EncodeOptions = {}): string {
  checkValueDepth(value, maxDepthOf(options));
  let text: string | undefined;
  try {
    text = JSON.stringify(value, null, indentOf(options) || undefined);
  } catch (error) {
    throw new UcwaError([diagnostic('schema.type', `The value cannot be written as JSON: ${error instanceof Error ? error.message : String(error)}.`)]);
  }
  if (text === undefined) throw new UcwaError([diagnostic('schema.type', 'The value cannot be written as JSON.')]);
  return text.indexOf('/Date(') >= 0 ? text.replace(DATE, '"\\/Date($1)\\/"') : text;
}
