/**
 * Shared by validateJson and validateXml: decoding that never throws (a
 * decoder's exception becomes diagnostics) and placing diagnostics at the
 * line/column of the nearest node the text locates.
 */
import { checkOptions, diagnosticsOf } from '../boundary.js';
import type { Diagnostic } from '../diagnostic.js';
export { inDocumentOrder } from '../diagnostic.js';
import { inputTextAs } from '../codec/limits.js';
import { maxBytesOf } from '../codec/options.js';
import type { TextPosition } from '../json/locate.js';
import { bytePosition, firstInvalidUtf8 } from './utf8.js';
import { result, stripHint, type LocatableDiagnostic, type ValidateOptions, type ValidationResult } from './value.js';
import { pointerAncestors } from '../codec/pointer.js';

/** `charset`: how the text was decoded (see inputTextAs), for a second decode of the same text. */
export type Decoded = { ok: true; text: string; charset: string | undefined; value: unknown } | { ok: false; text?: string; diagnostics: Diagnostic[] };

export function decodeWith(
  input: string | Uint8Array,
  options: ValidateOptions,
  decode: (text: string, charset: string | undefined) => unknown,
): Decoded {
  let text: string | undefined;
  try {
    // One byte order mark at most, dropped here so that it is not counted as a column (http/charset.ts).
    const decoded = inputTextAs(input, maxBytesOf(options), options.charset);
    text = decoded.text;
    return { ok: true, text, charset: decoded.encoding, value: decode(text, decoded.encoding) };
  } catch (e) {
    const diagnostics = diagnosticsOf(e);
    return { ok: false, text, diagnostics: input instanceof Uint8Array ? diagnostics.map((d) => atBadByte(d, input)) : diagnostics };
  }
}

/** An encoding error gets the position of the first byte that is not UTF-8. */
function atBadByte(d: Diagnostic, bytes: Uint8Array): Diagnostic {
  if (d.code !== 'input.encoding' || d.line !== undefined) return d;
  const offset = firstInvalidUtf8(bytes);
  if (offset < 0) return d;
  const hex = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
  return { ...d, message: `The input is not valid UTF-8: the byte sequence at offset ${offset} (0x${hex}...) is not valid.`, ...bytePosition(bytes, offset) };
}

/** Adds line/column of the nearest located ancestor of the diagnostic's path. */
export function place(
  d: LocatableDiagnostic,
  lookup: (pointer: string, first: boolean) => TextPosition | undefined,
): Diagnostic {
  const out = stripHint(d);
  if (out.line !== undefined) return out;
  const chain = pointerAncestors(out.path);
  for (let i = 0; i < chain.length; i++) {
    const at = lookup(chain[i]!, i === 0);
    if (at) return { ...out, line: at.line, column: at.column };
  }
  return out;
}

/** A text validator's public form: its options checked, and never a throw (a failure is the verdict). */
export function neverThrows(
  run: (input: string | Uint8Array, options: ValidateOptions) => ValidationResult,
): (input: string | Uint8Array, options?: ValidateOptions) => ValidationResult {
  return (input, options = {}) => {
    try {
      checkOptions(options);
      return run(input, options);
    } catch (error) {
      return result(diagnosticsOf(error));
    }
  };
}
