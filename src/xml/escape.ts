/**
 * Escaping for the XML writer. Text escapes `& < >` (so "]]>" never
 * appears) and carriage returns (which a parser would otherwise turn into
 * line feeds); attributes also escape `"` and literal tabs/line ends (which
 * attribute-value normalization would turn into spaces).
 *
 * A character XML 1.0 cannot carry at all (C0 controls other than tab, LF
 * and CR, U+FFFE, U+FFFF, a surrogate without its pair) has no escape: a
 * reference to it is not well-formed either. The encoder refuses such
 * values first, with their path; one met here anyway is written as U+FFFD
 * and noted in the `Unwritable` record, and the encoder then returns no
 * text: the writer never emits a document a conformant parser rejects.
 */
import {
  AMP, CR, GT, HIGH_SURROGATE, LAST_HIGH_SURROGATE, LAST_SURROGATE, LF, LOW_SURROGATE, LT, NONCHAR_FFFE, NONCHAR_FFFF, QUOTE, SPACE, TAB,
  describeChar,
} from '../codec/chars.js';

/** Where escaping notes the first character it could not write (`first`: its description). */
export interface Unwritable {
  first?: string;
}

// Fast path: one native test per value; most values hold none of these.
const TEXT_SPECIAL = /[&<>\r\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]/u;
const ATTR_SPECIAL = /[&<>"\t\n\r\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]/u;

function ref(c: number): string {
  return `&#x${c.toString(16).toUpperCase()};`;
}

function escape(value: string, attr: boolean, bad: Unwritable): string {
  const unwritable = (i: number): string => {
    bad.first ??= describeChar(value, i);
    return '\uFFFD';
  };
  let out = '';
  let last = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    let rep: string | undefined;
    if (c === AMP) rep = '&amp;';
    else if (c === LT) rep = '&lt;';
    else if (c === GT) rep = '&gt;';
    else if (c === QUOTE && attr) rep = '&quot;';
    else if (c < SPACE) {
      if (c === CR || (attr && (c === TAB || c === LF))) rep = ref(c);
      else if (c !== TAB && c !== LF) rep = unwritable(i);
    } else if (c >= HIGH_SURROGATE && c <= LAST_SURROGATE) {
      // A high surrogate and the low one after it are one character; anything else is a lone half.
      const low = value.charCodeAt(i + 1);
      if (c <= LAST_HIGH_SURROGATE && low >= LOW_SURROGATE && low <= LAST_SURROGATE) i++;
      else rep = unwritable(i);
    } else if (c === NONCHAR_FFFE || c === NONCHAR_FFFF) rep = unwritable(i);
    if (rep !== undefined) {
      out += value.slice(last, i) + rep;
      last = i + 1;
    }
  }
  return out + value.slice(last);
}

export function escapeText(value: string, bad: Unwritable): string {
  return TEXT_SPECIAL.test(value) ? escape(value, false, bad) : value;
}

export function escapeAttr(value: string, bad: Unwritable): string {
  return ATTR_SPECIAL.test(value) ? escape(value, true, bad) : value;
}
