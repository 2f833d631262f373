/**
 * JSON text -> value. `JSON.parse` already keeps `__proto__` as an own
 * property; on top of it come the size and depth limits and a syntax error
 * with line and column. Both `"\/Date(..)\/"` and `"/Date(..)/"` read as
 * the same string, since JSON treats `\/` as `/`.
 */
import { asUcwaError, checkOptions } from '../boundary.js';
import { UcwaError, diagnostic } from '../diagnostic.js';
import { inputText, tooDeep } from '../codec/limits.js';
import { maxBytesOf, maxDepthOf, type DecodeOptions } from '../codec/options.js';
import { Positions } from '../codec/positions.js';
import { syntaxErrorOffset } from './syntax.js';

/**
 * UCWA JSON text (or bytes in UTF-8, or UTF-16 with a byte order mark) ->
 * value, with the size and depth limits. Throws only `UcwaError`.
 */
export function decodeJson(input: string | Uint8Array, options: DecodeOptions = {}): unknown {
  try {
    checkOptions(options);
    return decode(input, options);
  } catch (error) {
    throw asUcwaError(error);
  }
}

function decode(input: string | Uint8Array, options: DecodeOptions): unknown {
  // One byte order mark at most, dropped by inputText (http/charset.ts).
  const text = inputText(input, maxBytesOf(options));
  const maxDepth = maxDepthOf(options);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    if (text.trim() === '') throw new UcwaError([diagnostic('input.empty', 'The document is empty.')]);
    // Too deep for an engine, or too deep and broken: the depth is the news.
    checkBracketDepth(text, maxDepth);
    throw new UcwaError([syntaxError(text, error)]);
  }
  // JSON.parse is iterative in V8, SpiderMonkey and JavaScriptCore, so deep
  // nesting costs it no more than flat input of the same (limited) size;
  // checking the depth after parsing keeps the common case at one pass.
  if (typeof value === 'object' && value !== null && mayNestDeeper(text, maxDepth) && nestsDeeper(value, maxDepth)) {
    checkBracketDepth(text, maxDepth); // throws, with the position
    throw tooDeep(maxDepth);
  }
  return value;
}

/** False when the text has too few brackets to nest deeper than `maxDepth` (most documents: a few jumps). */
function mayNestDeeper(text: string, maxDepth: number): boolean {
  let count = 0;
  for (const open of ['{', '[']) {
    for (let i = text.indexOf(open); i >= 0; i = text.indexOf(open, i + 1)) {
      if (++count > maxDepth) return true;
    }
  }
  return false;
}

/**
 * Whether a parsed object or array, counted as one level, nests deeper than `left` levels.
 * Recursion stops at `left` (at most MAX_DEPTH_CEILING frames), and parsed
 * JSON has no cycles. `for…in` allocates no key array; JSON.parse makes
 * only own enumerable properties (`__proto__` included).
 */
function nestsDeeper(value: object, left: number): boolean {
  if (left === 0) return true;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'object' && item !== null && nestsDeeper(item, left - 1)) return true;
    }
    return false;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const item = record[key];
    if (typeof item === 'object' && item !== null && nestsDeeper(item, left - 1)) return true;
  }
  return false;
}

function syntaxError(text: string, error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  const m = /position (\d+)/.exec(message);
  const lc = /line (\d+) column (\d+)/.exec(message);
  let at: { line?: number; column?: number } = {};
  if (lc) at = { line: Number(lc[1]), column: Number(lc[2]) };
  else {
    const offset = m ? Number(m[1]) : syntaxErrorOffset(text);
    at = new Positions(text).at(offset < 0 ? text.length : offset);
  }
  return diagnostic('json.syntax', `The JSON is not valid: ${message.replace(/\s*\(line \d+ column \d+\)/, '')}.`, at);
}

/** Nesting of `[`/`{` outside strings; the exact check on the parsed value follows. */
function checkBracketDepth(text: string, maxDepth: number): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > maxDepth) {
        const { line, column } = new Positions(text).at(i);
        throw new UcwaError([
          diagnostic('input.too-deep', `The input nests deeper than the limit of ${maxDepth} levels.`, { line, column }),
        ]);
      }
    } else if (c === 125 || c === 93) depth--;
  }
}
