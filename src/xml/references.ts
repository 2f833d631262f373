/**
 * Entity and character references in text and attribute values: the five
 * predefined entities and `&#n;` / `&#xh;` references (any number of
 * leading zeros) to characters XML 1.0 allows. Nothing else exists here:
 * with no DOCTYPE, no other entity can be declared, so none is expanded.
 */
import { DIGIT_0, DIGIT_9, HASH, LOWER_A, LOWER_F, LOWER_X, MAX_CODE_POINT, UPPER_A, UPPER_F, codePointName, isXmlChar } from '../codec/chars.js';

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * `text` with its references decoded, `first` being the offset of its first
 * `&`. `base` maps offsets back to the document (approximately, after
 * normalization) for `malformed`, which throws.
 */
export function decodeReferences(text: string, first: number, base: number, malformed: (message: string, offset: number) => never): string {
  let out = '';
  let last = 0;
  for (let amp = first; amp >= 0; amp = text.indexOf('&', last)) {
    const semi = text.indexOf(';', amp + 1);
    const ref = semi < 0 ? '' : text.slice(amp + 1, semi);
    let value: string | undefined;
    if (ref.charCodeAt(0) === HASH) {
      const cp = charRef(ref);
      if (cp >= 0 && !isXmlChar(cp)) malformed(`The reference &${ref}; names ${codePointName(cp)}, a character XML 1.0 does not allow.`, base + amp);
      if (cp >= 0) value = String.fromCodePoint(cp);
    } else if (Object.prototype.hasOwnProperty.call(PREDEFINED, ref)) value = PREDEFINED[ref];
    if (value === undefined) {
      const shown = semi < 0 || semi - amp > 20 ? '&' : `&${ref};`;
      malformed(
        ref && ref[0] !== '#' && semi >= 0
          ? `Unknown entity ${shown}: only &lt; &gt; &amp; &quot; &apos; and numeric references are allowed.`
          : `Malformed reference ${shown} (write a literal "&" as &amp;).`,
        base + amp,
      );
    }
    out += text.slice(last, amp) + value;
    last = semi + 1;
  }
  return out + text.slice(last);
}

/**
 * The code point a `#n` / `#xh` reference names (leading zeros allowed), or
 * -1 when it is not one: no digits, a wrong digit, or beyond U+10FFFF.
 */
function charRef(ref: string): number {
  const hex = ref.charCodeAt(1) === LOWER_X;
  const from = hex ? 2 : 1;
  if (ref.length <= from) return -1;
  let cp = 0;
  for (let i = from; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    let digit: number;
    if (c >= DIGIT_0 && c <= DIGIT_9) digit = c - DIGIT_0;
    else if (hex && c >= LOWER_A && c <= LOWER_F) digit = c - LOWER_A + 10;
    else if (hex && c >= UPPER_A && c <= UPPER_F) digit = c - UPPER_A + 10;
    else return -1;
    cp = cp * (hex ? 16 : 10) + digit;
    if (cp > MAX_CODE_POINT) return -1;
  }
  return cp;
}
