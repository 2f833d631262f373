/**
 * Text that is safe to show on a terminal. What ucwa prints comes from
 * hostile places: property names and values, Content-Type headers, HAR URLs,
 * file names, command-line arguments. Any of them may hold ESC and OSC
 * sequences (which move the cursor, clear the screen, retitle the window or
 * write to the clipboard), CR and newlines (which forge report lines), other
 * C0 and C1 controls (U+009B is a one-character CSI on some terminals),
 * Unicode line separators, and bidirectional overrides and isolates (which
 * reorder what is shown, as in "Trojan Source"). Each is shown as an escape
 * (`\x1b`, `\n`, `\u202e`), so a line of text output is one line, and shows
 * what the input holds.
 *
 * Every text format escapes foreign strings with this one function before it
 * adds colour (colour is ours, so it is added after). Machine formats (JSON)
 * keep the strings exact and rely on their own quoting instead.
 */

/** C0, DEL, C1, the Arabic letter mark, LRM/RLM, line/paragraph separators, bidi embeddings, overrides and isolates. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with every control, separator and bidi formatting character written as an escape. */
export function escapeControl(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

function escapeOne(c: string): string {
  const code = c.charCodeAt(0);
  return NAMED[c] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}
