/**
 * Code points and character classes of XML 1.0 (fifth edition) and
 * Namespaces 1.0, named once for the scanner, the writer and the encoder.
 *
 * Everything here works on UTF-16 code units as `charCodeAt` returns them,
 * so that callers never build strings to classify text. Constants are plain
 * module `const`s (inlined by the JIT); the only table is 128 bytes for
 * ASCII names. No regular expression runs per character; two run per
 * string where one native pass beats a loop (NC_NAME, NON_XML_CHAR).
 */

export const TAB = 0x09;
export const LF = 0x0a;
export const CR = 0x0d;
export const SPACE = 0x20;
export const BANG = 0x21; // !
export const QUOTE = 0x22; // "
export const HASH = 0x23; // #
export const AMP = 0x26; // &
export const APOS = 0x27; // '
export const DASH = 0x2d; // -
export const DOT = 0x2e; // .
export const SLASH = 0x2f; // /
export const DIGIT_0 = 0x30;
export const DIGIT_9 = 0x39;
export const COLON = 0x3a; // :
export const SEMICOLON = 0x3b; // ;
export const LT = 0x3c; // <
export const EQUALS = 0x3d; // =
export const GT = 0x3e; // >
export const QUESTION = 0x3f; // ?
export const UPPER_A = 0x41;
export const UPPER_F = 0x46;
export const UPPER_Z = 0x5a;
export const LBRACKET = 0x5b; // [
export const BACKSLASH = 0x5c; // backslash
export const RBRACKET = 0x5d; // ]
export const UNDERSCORE = 0x5f; // _
export const LOWER_A = 0x61;
export const LOWER_F = 0x66;
export const LOWER_X = 0x78; // x, as in &#x
export const LOWER_Z = 0x7a;
export const LBRACE = 0x7b; // {
export const RBRACE = 0x7d; // }
export const MIDDLE_DOT = 0xb7; // ·, a name character
/** Byte order mark (U+FEFF) as text decoding leaves it. */
export const BOM = 0xfeff;

export const HIGH_SURROGATE = 0xd800;
/** Last high surrogate of planes 1-14, the supplementary planes XML names may use (U+10000-U+EFFFF). */
const LAST_NAME_HIGH_SURROGATE = 0xdb7f;
export const LAST_HIGH_SURROGATE = 0xdbff;
export const LOW_SURROGATE = 0xdc00;
export const LAST_SURROGATE = 0xdfff;
/** The two noncharacters of the BMP that XML excludes. */
export const NONCHAR_FFFE = 0xfffe;
export const NONCHAR_FFFF = 0xffff;
export const MAX_CODE_POINT = 0x10ffff;

/** White space as XML 1.0 production [3] defines it (not NBSP, not U+FEFF). */
export function isXmlSpace(c: number): boolean {
  return c === SPACE || c === LF || c === TAB || c === CR;
}

// ASCII part of the name productions: bit 1 = NameStartChar, bit 2 = NameChar.
function asciiNameTable(): Uint8Array {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    const letter = (c >= UPPER_A && c <= UPPER_Z) || (c >= LOWER_A && c <= LOWER_Z) || c === UNDERSCORE || c === COLON;
    const other = (c >= DIGIT_0 && c <= DIGIT_9) || c === DASH || c === DOT;
    table[c] = letter ? 3 : other ? 2 : 0;
  }
  return table;
}
/** 128 bytes computed once; pure, so a bundler may drop it with the functions that read it. */
const ASCII_NAMES = /* @__PURE__ */ asciiNameTable();

/**
 * NameStartChar [4] of XML 1.0 fifth edition, for one UTF-16 code unit. A
 * high surrogate of planes 1-14 counts (its low surrogate follows: lone
 * surrogates are refused before names are read).
 */
export function isNameStartChar(c: number): boolean {
  if (c < 128) return (ASCII_NAMES[c]! & 1) !== 0;
  return (
    (c >= 0xc0 && c <= 0xd6) || (c >= 0xd8 && c <= 0xf6) || (c >= 0xf8 && c <= 0x2ff) ||
    (c >= 0x370 && c <= 0x37d) || (c >= 0x37f && c <= 0x1fff) || c === 0x200c || c === 0x200d ||
    (c >= 0x2070 && c <= 0x218f) || (c >= 0x2c00 && c <= 0x2fef) || (c >= 0x3001 && c <= 0xd7ff) ||
    (c >= 0xf900 && c <= 0xfdcf) || (c >= 0xfdf0 && c <= 0xfffd) ||
    (c >= HIGH_SURROGATE && c <= LAST_NAME_HIGH_SURROGATE)
  );
}

/** NameChar [4a]: a NameStartChar, digit, `-`, `.`, U+00B7, combining marks, U+203F-U+2040, or a low surrogate continuing a name. */
export function isNameChar(c: number): boolean {
  if (c < 128) return (ASCII_NAMES[c]! & 2) !== 0;
  return (
    isNameStartChar(c) || c === MIDDLE_DOT || (c >= 0x300 && c <= 0x36f) || c === 0x203f || c === 0x2040 ||
    (c >= LOW_SURROGATE && c <= LAST_SURROGATE)
  );
}

/**
 * A Namespaces NCName (an XML Name without a colon): the form of every
 * element and attribute name the encoder writes. The same ranges as
 * `isNameStartChar`/`isNameChar`, as one expression for whole strings (the
 * tests check the two agree on every code point).
 */
export const NC_NAME =
  /^[A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}][A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}\-.0-9\u00B7\u0300-\u036F\u203F\u2040]*$/u;

/** Char [2] of XML 1.0, for a code point (a character reference's value). */
export function isXmlChar(cp: number): boolean {
  return cp >= SPACE
    ? cp < HIGH_SURROGATE || (cp > LAST_SURROGATE && cp < NONCHAR_FFFE) || (cp >= 0x10000 && cp <= MAX_CODE_POINT)
    : cp === TAB || cp === LF || cp === CR;
}

/**
 * The characters XML 1.0 cannot carry, not even as a reference: C0 controls
 * other than tab, LF and CR, U+FFFE, U+FFFF, and (with the `u` flag, which
 * reads a pair as one code point) surrogates that are not part of a pair.
 * A regular expression on purpose: one native pass over a 1.4 MB document
 * takes ~1 ms, a charCodeAt loop ~4 ms. No `g` flag, so it keeps no state.
 */
export const NON_XML_CHAR = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]/u;

/** Offset of the first character of `text` that XML 1.0 cannot carry (`NON_XML_CHAR`), or -1. */
export function firstNonXmlChar(text: string): number {
  const m = NON_XML_CHAR.exec(text);
  return m ? m.index : -1;
}

/** Names the character at `offset` for a message: `U+0001`, `U+D800 (a surrogate without its pair)`. */
export function describeChar(text: string, offset: number): string {
  const c = text.charCodeAt(offset);
  const name = codePointName(c);
  return c >= HIGH_SURROGATE && c <= LAST_SURROGATE ? `${name} (a surrogate without its pair)` : name;
}

/** `U+0001`, `U+D800`: how messages name a code unit or code point. */
export function codePointName(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}
