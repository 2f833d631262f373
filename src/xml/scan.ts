/**
 * A small strict XML scanner: one pass over the text with charCodeAt,
 * handing out the root's children one finished subtree at a time (light
 * elements: name, attributes, children, text, offset).
 *
 * It enforces what the codec relies on: well-formedness (matching tags, one
 * root, quoted and unique attributes, valid names and references), no
 * DOCTYPE (so no entity expansion of any kind), only the five predefined
 * entities plus numeric references, elements in the UCWA namespace or in no
 * namespace, and a nesting limit checked as elements open (explicit stack,
 * no recursion). Offsets are kept; line/column are computed only on demand.
 */
import { UcwaError, diagnostic, type DiagnosticCode } from '../diagnostic.js';
import { tooDeep } from '../codec/limits.js';
import { Positions } from '../codec/positions.js';

export const UCWA_NS = 'http://schemas.microsoft.com/rtc/2012/03/ucwa';

export interface XAttr {
  /** Qualified name as written (`rel`, `xsi:nil`). */
  name: string;
  value: string;
  /** Offset of the attribute name. */
  pos: number;
}

export interface XElement {
  /** Qualified name as written. */
  name: string;
  /** Name without its prefix. */
  local: string;
  attrs: XAttr[];
  children: XElement[];
  /** Character data (text and CDATA), references decoded. */
  text: string;
  /** Offset of the `<`. */
  pos: number;
}

export interface ScanResult {
  root: XElement;
  positions: Positions;
}

// Name character classes for ASCII; every non-ASCII letter is accepted as a name character.
const NAME_START = new Uint8Array(128);
const NAME_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 58;
  NAME_START[c] = letter ? 1 : 0;
  NAME_CHAR[c] = letter || (c >= 48 && c <= 57) || c === 45 || c === 46 ? 1 : 0;
}
const isNameStart = (c: number): boolean => (c < 128 ? NAME_START[c] === 1 : c >= 0xc0 && c !== 0xd7 && c !== 0xf7);
const isNameChar = (c: number): boolean => (c < 128 ? NAME_CHAR[c] === 1 : c === 0xb7 || c >= 0xc0);
const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;

/** Characters XML 1.0 does not allow anywhere in a document. */
const FORBIDDEN_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Shared by every element without attributes or children (most leaves); never written to. */
const NONE: never[] = [];

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

interface Scope {
  depth: number;
  prefixes: Map<string, string>;
}

/** The whole tree at once (tests and callers that want every element). */
export function scanXml(text: string, maxDepth: number): ScanResult {
  const scanner = new Scanner(text, maxDepth);
  const root = scanner.start();
  const children: XElement[] = [];
  for (let c = scanner.next(); c; c = scanner.next()) children.push(c);
  if (children.length) root.children = children;
  scanner.finish();
  return { root, positions: scanner.positions };
}

/**
 * Pull scanner. `start()` reads up to the root's start tag and returns the
 * root (attributes set, no children yet); each `next()` returns the next
 * child of the root as a finished subtree, or null once the root closes;
 * `finish()` reads the rest of the document. The root never holds its
 * children, so a decoder that turns each one into its value at once lets
 * the subtree go: a large document is never held as one tree.
 */
export class Scanner {
  private i = 0;
  private readonly n: number;
  readonly positions: Positions;
  private readonly stack: XElement[] = [];
  private scopes: Scope[] | null = null;
  private root: XElement | null = null;
  /** Whether the root has had a child (its text is then only checked, not kept as indentation). */
  private rootKids = false;
  /** The root child that `next()` waits for, set when it closes. */
  private done: XElement | null = null;
  private rootClosed = false;

  constructor(private readonly s: string, private readonly maxDepth: number) {
    this.n = s.length;
    this.positions = new Positions(s);
  }

  fail(code: DiagnosticCode, message: string, offset: number): never {
    const { line, column } = this.positions.at(Math.min(offset, this.n));
    throw new UcwaError([diagnostic(code, message, { line, column })]);
  }

  malformed(message: string, offset = this.i): never {
    this.fail('xml.malformed', message, offset);
  }

  start(): XElement {
    const s = this.s;
    const bad = FORBIDDEN_CHAR.exec(s);
    if (bad) this.malformed(`The character U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML.`, bad.index);
    if (s.charCodeAt(0) === 0xfeff) this.i = 1;
    if (s.startsWith('<?xml', this.i) && (isSpace(s.charCodeAt(this.i + 5)) || s.charCodeAt(this.i + 5) === 63)) {
      this.declaration();
    }
    while (!this.root && this.i < this.n) this.step();
    if (!this.root) {
      if (s.trim() === '') this.fail('input.empty', 'The document is empty.', 0);
      this.malformed('The document has no root element.', 0);
    }
    return this.root;
  }

  next(): XElement | null {
    this.done = null;
    while (!this.done && !this.rootClosed) {
      if (this.i >= this.n) this.truncated();
      this.step();
    }
    const el = this.done;
    this.done = null;
    return el;
  }

  finish(): void {
    while (this.next());
    while (this.i < this.n) this.step();
  }

  private truncated(): never {
    const open = this.stack[this.stack.length - 1]!;
    this.malformed(`The element <${open.name}> is never closed (the document is truncated?).`, this.n);
  }

  /** One token: a tag, a comment, CDATA, an instruction, or a run of text. */
  private step(): void {
    const s = this.s;
    const c = s.charCodeAt(this.i);
    if (c === 60) {
      const c2 = s.charCodeAt(this.i + 1);
      if (c2 === 47) this.endTag();
      else if (c2 === 33) this.bang();
      else if (c2 === 63) this.instruction();
      else this.startTag();
      return;
    }
    let j = s.indexOf('<', this.i);
    if (j < 0) j = this.n;
    const stack = this.stack;
    const top = stack[stack.length - 1];
    if (top) {
      // Only whether an element with children holds text matters (it may
      // not), so their indentation is not kept: a large document would
      // otherwise hold a string per line.
      const kids = top.children.length !== 0 || (top === this.root && this.rootKids);
      if (!kids || !this.blank(this.i, j)) top.text += this.characters(this.i, j);
    } else {
      for (let k = this.i; k < j; k++) {
        if (!isSpace(s.charCodeAt(k))) this.malformed(this.root ? 'Text after the root element.' : 'Text before the root element.', k);
      }
    }
    this.i = j;
  }

  /** The `<?xml ...?>` declaration: version and encoding. */
  private declaration(): void {
    const start = this.i;
    const end = this.s.indexOf('?>', start);
    if (end < 0) this.malformed('The XML declaration is not closed.', start);
    const body = this.s.slice(start + 5, end);
    const attrs = /^\s+version\s*=\s*(["'])1\.[0-9]+\1(\s+encoding\s*=\s*(["'])([A-Za-z][A-Za-z0-9._-]*)\3)?(\s+standalone\s*=\s*(["'])(yes|no)\6)?\s*$/.exec(body);
    if (!attrs) this.malformed('The XML declaration is malformed.', start);
    const encoding = attrs[4]?.toLowerCase();
    if (encoding && !['utf-8', 'utf8', 'us-ascii', 'ascii'].includes(encoding)) {
      this.fail('input.encoding', `The document declares the encoding ${attrs[4]}; only UTF-8 is supported.`, start);
    }
    this.i = end + 2;
  }

  private bang(): void {
    const s = this.s, at = this.i;
    if (s.startsWith('<!--', at)) {
      const end = s.indexOf('-->', at + 4);
      if (end < 0) this.malformed('The comment is not closed.', at);
      const dashes = s.indexOf('--', at + 4);
      if (dashes < end) this.malformed('A comment must not contain "--".', dashes);
      this.i = end + 3;
    } else if (s.startsWith('<![CDATA[', at)) {
      const top = this.stack[this.stack.length - 1];
      if (!top) this.malformed('CDATA outside the root element.', at);
      const end = s.indexOf(']]>', at + 9);
      if (end < 0) this.malformed('The CDATA section is not closed.', at);
      top.text += normalizeNewlines(s.slice(at + 9, end));
      this.i = end + 3;
    } else if (s.startsWith('<!DOCTYPE', at)) {
      this.fail('xml.doctype', 'Document type declarations (DOCTYPE) are not accepted: UCWA payloads never have one, and they enable entity expansion attacks.', at);
    } else {
      this.malformed('Unexpected markup declaration.', at);
    }
  }

  private instruction(): void {
    const at = this.i;
    const nameEnd = this.name(at + 2);
    const target = this.s.slice(at + 2, nameEnd);
    if (target.toLowerCase() === 'xml') this.malformed('The XML declaration must be at the very start of the document.', at);
    const end = this.s.indexOf('?>', nameEnd);
    if (end < 0) this.malformed('The processing instruction is not closed.', at);
    if (end > nameEnd && !isSpace(this.s.charCodeAt(nameEnd))) this.malformed('Malformed processing instruction.', nameEnd);
    this.i = end + 2;
  }

  /** Scans a name starting at `from`; returns its end offset. */
  private name(from: number): number {
    const s = this.s;
    if (from >= this.n || !isNameStart(s.charCodeAt(from))) {
      this.malformed(from >= this.n ? 'The document ends inside a tag.' : 'Expected a name.', from);
    }
    let j = from + 1;
    while (j < this.n && isNameChar(s.charCodeAt(j))) j++;
    return j;
  }

  private skipSpace(j: number): number {
    const s = this.s;
    while (j < this.n && isSpace(s.charCodeAt(j))) j++;
    return j;
  }

  private blank(from: number, to: number): boolean {
    const s = this.s;
    for (let k = from; k < to; k++) if (!isSpace(s.charCodeAt(k))) return false;
    return true;
  }

  /**
   * Element and attribute names, shared: a document repeats a handful of
   * names thousands of times. The list is short and capped, so a document of
   * many distinct names costs a bounded search per name, not a growing one.
   */
  private readonly names: string[] = [];
  private readonly attrs: XAttr[] = [];
  private nameAt(from: number, to: number): string {
    const s = this.s, names = this.names, length = to - from;
    for (let k = 0; k < names.length; k++) {
      const n = names[k]!;
      if (n.length === length && s.startsWith(n, from)) return n;
    }
    const name = s.slice(from, to);
    if (names.length < 32) names.push(name);
    return name;
  }

  private startTag(): void {
    const s = this.s, at = this.i;
    if (this.root && this.stack.length === 0) this.malformed('A document has exactly one root element.', at);
    const nameEnd = this.name(at + 1);
    const name = this.nameAt(at + 1, nameEnd);
    const el: XElement = { name, local: name, attrs: NONE, children: NONE, text: '', pos: at };
    // Attributes gather in a reused array; the element keeps an exact-size copy.
    const attrs = this.attrs;
    attrs.length = 0;
    let j = nameEnd;
    let declares = false;
    for (;;) {
      const afterSpace = this.skipSpace(j);
      if (afterSpace >= this.n) this.malformed('The document ends inside a tag.', at);
      const c = s.charCodeAt(afterSpace);
      if (c === 62) { j = afterSpace + 1; break; }
      if (c === 47) {
        if (s.charCodeAt(afterSpace + 1) !== 62) this.malformed('Expected ">" after "/".', afterSpace + 1);
        j = afterSpace + 2;
        if (attrs.length) el.attrs = attrs.slice();
        this.open(el, declares);
        this.close();
        this.i = j;
        return;
      }
      if (afterSpace === j) this.malformed('Attributes must be separated by white space.', j);
      const attrEnd = this.name(afterSpace);
      const attrName = this.nameAt(afterSpace, attrEnd);
      let k = this.skipSpace(attrEnd);
      if (s.charCodeAt(k) !== 61) this.malformed(`Expected "=" after the attribute name ${attrName}.`, k);
      k = this.skipSpace(k + 1);
      const q = s.charCodeAt(k);
      if (q !== 34 && q !== 39) this.malformed(`The value of the attribute ${attrName} must be quoted.`, k);
      const close = s.indexOf(q === 34 ? '"' : "'", k + 1);
      if (close < 0) this.malformed(`The value of the attribute ${attrName} is not closed.`, k);
      const lt = s.indexOf('<', k + 1);
      if (lt >= 0 && lt < close) this.malformed(`The value of the attribute ${attrName} contains "<".`, lt);
      for (const other of attrs) {
        if (other.name === attrName) this.malformed(`The attribute ${attrName} appears twice.`, afterSpace);
      }
      const value = this.attributeValue(k + 1, close);
      attrs.push({ name: attrName, value, pos: afterSpace });
      if (attrName === 'xmlns' || attrName.startsWith('xmlns:')) declares = true;
      j = close + 1;
    }
    if (attrs.length) el.attrs = attrs.slice();
    this.open(el, declares);
    this.i = j;
  }

  private open(el: XElement, declares: boolean): void {
    const stack = this.stack;
    if (stack.length >= this.maxDepth) {
      const { line, column } = this.positions.at(el.pos);
      throw tooDeep(this.maxDepth, { line, column });
    }
    if (declares) this.declare(el);
    this.checkNamespace(el);
    const parent = stack[stack.length - 1];
    if (parent === this.root && parent) {
      // A child of the root is handed out when it closes, never attached.
      if (!this.rootKids && parent.text !== '' && isBlankText(parent.text)) parent.text = '';
      this.rootKids = true;
    } else if (parent) {
      if (parent.children.length === 0 && parent.text !== '' && isBlankText(parent.text)) parent.text = '';
      if (parent.children === NONE) parent.children = [el];
      else parent.children.push(el);
    }
    else this.root = el;
    stack.push(el);
  }

  private close(): void {
    const el = this.stack.pop()!;
    if (this.stack.length === 1) this.done = el;
    else if (this.stack.length === 0) this.rootClosed = true;
    // Namespace declarations end with the element that made them.
    const scopes = this.scopes;
    if (scopes && scopes.length && scopes[scopes.length - 1]!.depth === this.stack.length) scopes.pop();
  }

  private endTag(): void {
    const s = this.s, at = this.i;
    const nameEnd = this.name(at + 2);
    const j = this.skipSpace(nameEnd);
    if (s.charCodeAt(j) !== 62) this.malformed(j >= this.n ? 'The document ends inside a tag.' : 'Expected ">" to end the closing tag.', j);
    const top = this.stack[this.stack.length - 1];
    // Compared in place: no string per closing tag.
    if (!top || top.name.length !== nameEnd - at - 2 || !s.startsWith(top.name, at + 2)) {
      const name = s.slice(at + 2, nameEnd);
      if (!top) this.malformed(`Closing tag </${name}> without an opening tag.`, at);
      this.malformed(`Closing tag </${name}> does not match <${top.name}>.`, at);
    }
    this.close();
    this.i = j + 1;
  }

  private declare(el: XElement): void {
    const prefixes = new Map<string, string>();
    for (const a of el.attrs) {
      if (a.name === 'xmlns') prefixes.set('', a.value);
      else if (a.name.startsWith('xmlns:')) {
        const prefix = a.name.slice(6);
        if (!prefix || prefix.includes(':')) this.malformed(`Malformed namespace declaration ${a.name}.`, a.pos);
        if (a.value === '') this.fail('xml.namespace', `The prefix ${prefix} cannot be undeclared.`, a.pos);
        prefixes.set(prefix, a.value);
      }
    }
    (this.scopes ??= []).push({ depth: this.stack.length, prefixes });
  }

  private lookup(prefix: string): string | undefined {
    const scopes = this.scopes;
    if (scopes) {
      for (let k = scopes.length - 1; k >= 0; k--) {
        const ns = scopes[k]!.prefixes.get(prefix);
        if (ns !== undefined) return ns;
      }
    }
    return undefined;
  }

  /** Elements must be in the UCWA namespace or in no namespace at all. */
  private checkNamespace(el: XElement): void {
    const colon = el.name.indexOf(':');
    if (colon < 0) {
      if (this.scopes === null) return;
      const ns = this.lookup('');
      if (ns && ns !== UCWA_NS) this.fail('xml.namespace', `The element <${el.name}> is in the namespace ${ns}, not the UCWA namespace ${UCWA_NS}.`, el.pos);
      return;
    }
    const prefix = el.name.slice(0, colon);
    el.local = el.name.slice(colon + 1);
    if (!el.local || el.local.includes(':')) this.malformed(`Malformed element name ${el.name}.`, el.pos);
    const ns = this.lookup(prefix);
    if (ns === undefined) this.fail('xml.namespace', `The prefix ${prefix} of <${el.name}> is not declared.`, el.pos);
    if (ns !== UCWA_NS) this.fail('xml.namespace', `The element <${el.name}> is in the namespace ${ns}, not the UCWA namespace ${UCWA_NS}.`, el.pos);
  }

  /** Character data between `from` and `to`, newlines normalized and references decoded. */
  private characters(from: number, to: number): string {
    const s = this.s;
    let text = s.slice(from, to);
    if (text.indexOf('\r') >= 0) text = normalizeNewlines(text);
    const amp = text.indexOf('&');
    return amp < 0 ? text : this.references(text, amp, from);
  }

  private attributeValue(from: number, to: number): string {
    let text = this.s.slice(from, to);
    // Attribute-value normalization: literal line ends and tabs read as spaces.
    if (/[\t\n\r]/.test(text)) text = text.replace(/\r\n|[\t\n\r]/g, ' ');
    const amp = text.indexOf('&');
    return amp < 0 ? text : this.references(text, amp, from);
  }

  /** Decodes `&name;` and `&#n;` references; `base` maps back to document offsets (approximately, after normalization). */
  private references(text: string, first: number, base: number): string {
    let out = '';
    let last = 0;
    for (let amp = first; amp >= 0; amp = text.indexOf('&', last)) {
      const semi = text.indexOf(';', amp + 1);
      const ref = semi < 0 ? '' : text.slice(amp + 1, semi);
      let value: string | undefined;
      if (ref.charCodeAt(0) === 35) value = charRef(ref);
      else if (Object.prototype.hasOwnProperty.call(PREDEFINED, ref)) value = PREDEFINED[ref];
      if (value === undefined) {
        const shown = semi < 0 || semi - amp > 20 ? '&' : `&${ref};`;
        this.malformed(
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
}

/** The character a `#n` / `#xh` reference names, when it is one XML allows (controls included, as in XML 1.1). */
function charRef(ref: string): string | undefined {
  const hex = ref.charCodeAt(1) === 120;
  const digits = ref.slice(hex ? 2 : 1);
  if (!(hex ? /^[0-9A-Fa-f]{1,6}$/ : /^[0-9]{1,7}$/).test(digits)) return undefined;
  const code = parseInt(digits, hex ? 16 : 10);
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff) {
    return undefined;
  }
  return String.fromCodePoint(code);
}

function isBlankText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
