/** Size and depth limits: checked before any work that could blow up. */
import { UcwaError, diagnostic } from '../diagnostic.js';
import { decodeBytesAs, stripBom } from '../http/charset.js';
import { isPlainObject } from './safe.js';

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

/** Turns bytes or a string into text; anything else is an `input.encoding` error. */
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
  throw new UcwaError([diagnostic('input.encoding', 'The input must be a string or UTF-8 bytes.')]);
}

export function tooDeep(maxDepth: number, at: { path?: string; line?: number; column?: number } = {}): UcwaError {
  return new UcwaError([
    diagnostic('input.too-deep', `The input nests deeper than the limit of ${maxDepth} levels.`, at),
  ]);
}

/**
 * Nesting depth of a JSON-like value, walked with an explicit stack so that
 * neither deep input nor cycles can overflow the call stack: a cycle simply
 * counts as too deep.
 */
export function checkValueDepth(value: unknown, maxDepth: number): void {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    const depth = d + 1;
    if (depth > maxDepth) throw tooDeep(maxDepth);
    if (Array.isArray(v)) for (const item of v) stack.push([item, depth]);
    else if (isPlainObject(v)) for (const key of Object.keys(v)) stack.push([v[key], depth]);
  }
}
