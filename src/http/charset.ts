/**
 * Bytes -> text for bodies and files. A byte order mark decides the encoding
 * when there is one (and is dropped); otherwise the declared charset, UTF-8
 * by default. Decoding is fatal: a body that is not what it claims to be is
 * reported, with the byte offset, instead of being silently patched with
 * U+FFFD.
 */
import { UcwaError, diagnostic } from '../diagnostic.js';

export function decodeBytes(bytes: Uint8Array, charset?: string): string {
  const { encoding, skip } = sniffBom(bytes) ?? { encoding: normalizeCharset(charset), skip: 0 };
  let decoder: TextDecoder;
  try {
    // ignoreBOM: the mark was already consumed above (or there was none to honour).
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  } catch {
    throw new UcwaError([diagnostic('input.encoding', `The charset "${charset}" is not one this decoder knows.`)]);
  }
  const body = bytes.subarray(skip);
  try {
    return stripBom(decoder.decode(body));
  } catch {
    throw encodingError(body, skip, decoder.encoding);
  }
}

/** Drops a leading U+FEFF from text that was already decoded. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function sniffBom(bytes: Uint8Array): { encoding: string; skip: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return undefined;
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
    diagnostic('input.encoding', `Invalid UTF-8 byte sequence at byte offset ${offset + skip}.`, { line, column }),
  ]);
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
