/**
 * Escaping for the XML writer. Text escapes `& < >` and carriage returns
 * (which a parser would otherwise turn into line feeds); attributes also
 * escape `"` and literal tabs/line ends (which attribute-value
 * normalization would turn into spaces). Other control characters become
 * numeric references, which the scanner reads back.
 */
const TEXT_SPECIAL = /[&<>\r\u0001-\u0008\u000B\u000C\u000E-\u001F]/;
const ATTR_SPECIAL = /[&<>"\t\n\r\u0001-\u0008\u000B\u000C\u000E-\u001F]/;
/** Characters no XML document can carry, even as a reference. */
export const UNWRITABLE = /[\u0000\uFFFE\uFFFF]/;

function ref(c: number): string {
  return `&#x${c.toString(16).toUpperCase()};`;
}

function escape(value: string, attr: boolean): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    let rep: string | undefined;
    if (c === 38) rep = '&amp;';
    else if (c === 60) rep = '&lt;';
    else if (c === 62) rep = '&gt;';
    else if (c === 34 && attr) rep = '&quot;';
    else if (c < 32 && (attr || (c !== 9 && c !== 10))) rep = ref(c);
    if (rep !== undefined) {
      out += value.slice(last, i) + rep;
      last = i + 1;
    }
  }
  return out + value.slice(last);
}

export function escapeText(value: string): string {
  return TEXT_SPECIAL.test(value) ? escape(value, false) : value;
}

export function escapeAttr(value: string): string {
  return ATTR_SPECIAL.test(value) ? escape(value, true) : value;
}
