/**
 * Bytes -> text for bodies and files, and the one rule every entry point
 * applies to encodings:
 *
 * - A byte order mark decides the encoding when there is one (UTF-8,
 *   UTF-16LE, UTF-16BE) and is dropped; otherwise the declared charset,
 *   UTF-8 by default. Decoding is fatal: a body that is not what it claims
 *   to be is reported, with the byte offset, instead of being silently
 *   patched with U+FFFD.
 * - A text carries one byte order mark at most: bytes decoded here, or a
 *   string given as is, may start with one U+FEFF (dropped); a second is an
 *   `input.encoding` error wherever the text came from.
 * - An XML declaration's encoding must agree with how the text was decoded
 *   (`declaredEncodingProblem`): text decoded from bytes by the encoding it
 *   declares (US-ASCII only if every character is ASCII); text given as a
 *   string counts as Unicode, so UTF-8 and UTF-16 agree with it, and so does
 *   the charset its Content-Type names, when there is one.
 */
import { UcwaError, diagnostic } from '../diagnostic.js';
import { BOM, CR, LF, TAB } from '../codec/chars.js';

/** Text and the encoding it was decoded from (a WHATWG encoding name). */
export interface DecodedText {
  text: string;
  encoding: string;
}

/** Decodes bytes (a byte order mark wins over `charset`, UTF-8 by default); see the module header. */
export function decodeBytes(bytes: Uint8Array, charset?: string): string {
  return decodeBytesAs(bytes, charset).text;
}

/** `decodeBytes`, also saying which encoding was used. */
export function decodeBytesAs(bytes: Uint8Array, charset?: string): DecodedText {
  checkNotUtf32(bytes);
  const bom = sniffBom(bytes);
  if (!bom && !charset) checkNotBareUtf16(bytes);
  const { encoding, skip } = bom ?? { encoding: normalizeCharset(charset), skip: 0 };
  let decoder: TextDecoder;
  try {
    // ignoreBOM: the mark was already consumed above (or there was none to honour).
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  } catch {
    throw new UcwaError([diagnostic('input.encoding', `The charset "${charset}" is not one this decoder knows.`)]);
  }
  const body = bytes.subarray(skip);
  let text: string;
  try {
    text = decoder.decode(body);
  } catch {
    throw encodingError(body, skip, decoder.encoding);
  }
  // The mark that chose the encoding is gone; a text may still start with one U+FEFF if there was none.
  return { text: bom ? noSecondBom(text) : stripBom(text), encoding: decoder.encoding };
}

/** Drops the one leading U+FEFF a text may have; a second one is an `input.encoding` error. */
export function stripBom(text: string): string {
  if (text.charCodeAt(0) !== BOM) return text;
  return noSecondBom(text.slice(1));
}

function noSecondBom(text: string): string {
  if (text.charCodeAt(0) === BOM) {
    throw new UcwaError([
      diagnostic('input.encoding', 'The text starts with more than one byte order mark (U+FEFF); one at most is allowed.', { line: 1, column: 1 }),
    ]);
  }
  return text;
}

function sniffBom(bytes: Uint8Array): { encoding: string; skip: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return undefined;
}

/**
 * UTF-16 must start with a byte order mark when nothing else names it; text
 * whose first two characters each have one zero byte is UTF-16 without one
 * (UTF-8 would read "<" and U+0000 in turn), reported as such.
 */
function checkNotBareUtf16(bytes: Uint8Array): void {
  const be = bytes[0] === 0 && bytes[1] !== 0 && bytes[2] === 0 && bytes[3] !== 0;
  const le = bytes[0] !== 0 && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0;
  if (bytes.length >= 4 && (be || le)) {
    throw new UcwaError([
      diagnostic('input.encoding', 'The bytes look like UTF-16 without a byte order mark: add the mark, or name the charset.', { line: 1, column: 1 }),
    ]);
  }
}

/**
 * UTF-32 (which no UCWA peer sends, and TextDecoder cannot read): named as
 * such rather than read as UTF-16 followed by U+0000, or as bad UTF-8.
 */
function checkNotUtf32(bytes: Uint8Array): void {
  const be = bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff;
  const le = bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0;
  if (be || le) {
    throw new UcwaError([
      diagnostic('input.encoding', `The bytes start with the UTF-32${be ? 'BE' : 'LE'} byte order mark: UTF-32 is not read; send UTF-8 or UTF-16.`, { line: 1, column: 1 }),
    ]);
  }
}

function normalizeCharset(charset: string | undefined): string {
  const name = (charset ?? '').trim().toLowerCase();
  return name === '' ? 'utf-8' : name;
}

function encodingError(body: Uint8Array, skip: number, encoding: string): UcwaError {
  if (encoding !== 'utf-8') {
    return new UcwaError([diagnostic('input.encoding', `The body is not valid ${encoding}.`)]);
  }
  const offset = firstInvalidUtf8(body);
  // The prefix before the bad byte is valid, so it decodes; count lines in it.
  const before = new TextDecoder('utf-8').decode(body.subarray(0, offset));
  const lastBreak = before.lastIndexOf('\n');
  const line = before.split('\n').length;
  const column = before.length - lastBreak;
  return new UcwaError([
    diagnostic('input.encoding', `Invalid UTF-8 byte sequence at byte offset ${offset + skip}.${singleByteHint(body)}`, { line, column }),
  ]);
}

/**
 * The usual cause of bad UTF-8: a single-byte charset (ISO-8859-1,
 * Windows-1252) sent without being named. Said only for text that looks like
 * such: no well-formed multi-byte sequence at all, no control bytes but white
 * space, and at least nine bytes in ten ASCII (binary data, or base64 read
 * as bytes, is not).
 */
function singleByteHint(body: Uint8Array): string {
  let high = 0;
  for (let i = 0; i < body.length; i++) {
    const b = body[i]!;
    if (b >= 0x80) {
      high++;
      if (b >= 0xc2 && b <= 0xf4 && (body[i + 1]! & 0xc0) === 0x80) return '';
    } else if (b < 0x20 && b !== TAB && b !== LF && b !== CR) {
      return '';
    }
  }
  if (high * 10 > body.length) return '';
  return ' The text may be in a single-byte charset such as ISO-8859-1 or Windows-1252: name it (Content-Type charset, or the XML declaration).';
}

/** Offset of the first byte that starts an invalid UTF-8 sequence (body.length if none). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
    }
    // Overlong three/four-byte forms, surrogates and code points above U+10FFFF.
    const c1 = bytes[i + 1]!;
    if (b === 0xe0 && c1 < 0xa0) return i;
    if (b === 0xed && c1 > 0x9f) return i;
    if (b === 0xf0 && c1 < 0x90) return i;
    if (b === 0xf4 && c1 > 0x8f) return i;
    i += length;
  }
  return i;
}

// ------------------------------------------------------------------ the XML declaration

const ASCII_LABELS = new Set(['us-ascii', 'ascii', 'iso646-us', 'ansi_x3.4-1968']);

/** The WHATWG name of a charset label, or undefined for a label no decoder knows. */
export function encodingName(label: string): string | undefined {
  const name = label.trim().toLowerCase();
  if (name === 'utf-8' || name === 'utf8') return 'utf-8';
  try {
    return new TextDecoder(name).encoding;
  } catch {
    return undefined;
  }
}

const isUtf16 = (encoding: string | undefined): boolean => encoding === 'utf-16le' || encoding === 'utf-16be';

/**
 * Why the encoding an XML declaration names disagrees with how the text was
 * decoded (`decodedAs`: a charset name, undefined for text given as a
 * string), or undefined when they agree. See the module header.
 */
export function declaredEncodingProblem(declared: string, decodedAs: string | undefined, text: string): string | undefined {
  const label = declared.toLowerCase();
  const actual = decodedAs === undefined ? undefined : encodingName(decodedAs);
  const how = decodedAs === undefined ? 'given as text' : `decoded as ${actual ?? decodedAs}`;
  if (ASCII_LABELS.has(label)) {
    const at = firstNonAscii(text);
    if (at >= 0) return `The document declares the encoding ${declared} but holds a character outside ASCII (U+${text.codePointAt(at)!.toString(16).toUpperCase().padStart(4, '0')}).`;
    return isUtf16(actual) ? `The document declares the encoding ${declared} but was ${how}.` : undefined;
  }
  const named = encodingName(label);
  if (named === undefined) return `The document declares the encoding ${declared}, which no decoder here knows; UTF-8 and UTF-16 are supported.`;
  // "UTF-16" names both byte orders (the byte order mark tells which); "UTF-16LE"/"UTF-16BE" name one.
  const agrees = isUtf16(named) && label !== 'utf-16le' && label !== 'utf-16be'
    ? actual === undefined || isUtf16(actual)
    : actual === undefined ? named === 'utf-8' || isUtf16(named) : named === actual;
  if (agrees) return undefined;
  if (decodedAs === undefined) {
    return `The document declares the encoding ${declared} but was given as text: only UTF-8 and UTF-16 can be declared there (pass the bytes with their charset instead).`;
  }
  return `The document declares the encoding ${declared} but was ${how}.`;
}

function firstNonAscii(text: string): number {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return i;
  return -1;
}
