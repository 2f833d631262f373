/**
 * A small strict XML scanner: one pass over the text with charCodeAt,
 * handing out the root's children one finished subtree at a time (light
 * elements: name, attributes, children, text, offset).
 *
 * It enforces XML 1.0 (fifth edition) well-formedness and Namespaces 1.0:
 * only characters XML allows (no C0 controls, U+FFFE/U+FFFF or lone
 * surrogates, literal or referenced), the name productions, matching tags,
 * one root, quoted attributes unique by name and by expanded name, no "]]>"
 * in text, QNames with one colon at most and the rules of namespaces.ts,
 * and an XML declaration whose encoding agrees with how the text was
 * decoded (http/charset.ts). On top of that, by design: no DOCTYPE (so no
 * entity expansion of any kind), only the five predefined entities plus
 * numeric references (references.ts), elements in the UCWA namespace or in
 * no namespace (`anyNamespace` lifts this one rule, for conformance tests),
 * and a nesting limit checked as elements open (explicit stack, no
 * recursion). Cost is linear in the text, attributes included. Offsets are
 * kept; line/column are computed only on demand.
 */
import { UcwaError, diagnostic, type DiagnosticCode } from '../diagnostic.js';
import {
  APOS, BANG, COLON, EQUALS, GT, LT, NON_XML_CHAR, QUESTION, QUOTE, SLASH, describeChar, isNameChar, isNameStartChar, isXmlSpace,
} from '../codec/chars.js';
import { tooDeep } from '../codec/limits.js';
import { Positions } from '../codec/positions.js';
import { declaredEncodingProblem } from '../http/charset.js';
import { NameSet } from './name-set.js';
import { Namespaces } from './namespaces.js';
import { decodeReferences } from './references.js';

export { UCWA_NS, XML_NS, XMLNS_NS } from './namespaces.js';

export interface XAttr {
  /** Qualified name as written (`rel`, `xsi:nil`). */
  name: string;
  value: string;
  /** Offset of the attribute name. */
  pos: number;
  /** Namespace of a prefixed name ('' for an unprefixed one, which is in no namespace). */
  ns: string;
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

export interface ScanOptions {
  /**
   * How the text was decoded from bytes (a charset name); undefined for
   * text given as a string. The XML declaration's encoding must agree.
   */
  encoding?: string | undefined;
  /**
   * Accept elements in any namespace: well-formedness alone, for the W3C
   * conformance suite. The codec never sets it.
   */
  anyNamespace?: boolean;
  /** Record where each child of the root starts and ends (`Scanner.spans`), for `skim` in a later pass. */
  spans?: boolean;
  /**
   * A second pass over text this scanner has read whole once already: the
   * children of the root not in `keep` (by index) are handed out as their
   * start tag alone (attributes, no content), the scan jumping to the end
   * recorded in `ends`. The characters are not checked again.
   */
  skim?: Skim;
}

/** Offsets of the root's children: where each starts (its `<`) and ends (after its closing `>`). */
export interface RootSpans {
  starts: number[];
  ends: number[];
}

export interface Skim {
  ends: readonly number[];
  keep: ReadonlySet<number>;
}

/** The XML declaration, white space as XML defines it (not NBSP). */
const DECLARATION =
  /^[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.[0-9]+\1(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])([A-Za-z][A-Za-z0-9._-]*)\2)?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(?:yes|no)\4)?[ \t\r\n]*$/;

/** The shared names (Scanner.nameAt): how many at most, and the mask of their bucket index. */
const MAX_NAMES = 64;
const NAME_SLOTS = 127;

/** Attribute counts up to this are checked for duplicates pairwise; above it, with a NameSet (linear). */
const FEW_ATTRIBUTES = 8;

/** Shared by every element without attributes or children (most leaves); never written to. */
const NONE: never[] = [];


/** The whole tree at once (tests and callers that want every element). */
export function scanXml(text: string, maxDepth: number, options?: ScanOptions): ScanResult {
  const scanner = new Scanner(text, maxDepth, options);
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
  private readonly namespaces: Namespaces;
  private root: XElement | null = null;
  /** Whether the root has had a child (its text is then only checked, not kept as indentation). */
  private rootKids = false;
  /** The root child that `next()` waits for, set when it closes. */
  private done: XElement | null = null;
  private rootClosed = false;
  /** Offset of the colon of the name `qname` read last (-1: none). */
  private colon = -1;
  private readonly encoding: string | undefined;
  /** The root's children so far, when asked (ScanOptions.spans). */
  readonly spans: RootSpans | undefined;
  private readonly skim: Skim | undefined;
  /** Children of the root opened so far. */
  private rootChildren = 0;

  constructor(private readonly s: string, private readonly maxDepth: number, options: ScanOptions = {}) {
    this.n = s.length;
    this.positions = new Positions(s);
    this.encoding = options.encoding;
    this.spans = options.spans ? { starts: [], ends: [] } : undefined;
    this.skim = options.skim;
    this.namespaces = new Namespaces((code, message, offset) => this.fail(code, message, offset), options.anyNamespace === true);
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
    const bad = this.skim ? null : NON_XML_CHAR.exec(s);
    if (bad) this.malformed(`The character ${describeChar(s, bad.index)} is not allowed in XML 1.0.`, bad.index);
    // `<?xml` and no more name: the declaration (`<?xml-stylesheet` is an instruction).
    if (s.startsWith('<?xml', 0) && !isNameChar(s.charCodeAt(5))) this.declaration();
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
    if (c === LT) {
      const c2 = s.charCodeAt(this.i + 1);
      if (c2 === SLASH) this.endTag();
      else if (c2 === BANG) this.bang();
      else if (c2 === QUESTION) this.instruction();
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
        if (!isXmlSpace(s.charCodeAt(k))) this.malformed(this.root ? 'Text after the root element.' : 'Text before the root element.', k);
      }
    }
    this.i = j;
  }

  /** The `<?xml ...?>` declaration: version, an encoding that agrees with the decoding, standalone. */
  private declaration(): void {
    const end = this.s.indexOf('?>', 5);
    if (end < 0) this.malformed('The XML declaration is not closed.', 0);
    const attrs = DECLARATION.exec(this.s.slice(5, end));
    if (!attrs) this.malformed('The XML declaration is malformed.', 0);
    const declared = attrs[3];
    const problem = declared === undefined ? undefined : declaredEncodingProblem(declared, this.encoding, this.s);
    if (problem) this.fail('input.encoding', problem, 0);
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
    const nameEnd = this.qname(at + 2);
    const target = this.s.slice(at + 2, nameEnd);
    if (target.toLowerCase() === 'xml') this.malformed('The XML declaration must be at the very start of the document.', at);
    if (this.colon >= 0) this.fail('xml.namespace', `A processing instruction target cannot hold a colon (${target}).`, this.colon);
    const end = this.s.indexOf('?>', nameEnd);
    if (end < 0) this.malformed('The processing instruction is not closed.', at);
    if (end > nameEnd && !isXmlSpace(this.s.charCodeAt(nameEnd))) this.malformed('Malformed processing instruction.', nameEnd);
    this.i = end + 2;
  }

  /**
   * Scans a Name starting at `from` and returns its end offset; `colon` is
   * set to the offset of its colon. Namespaces allow one colon at most, and
   * not at either end (a QName).
   */
  private qname(from: number): number {
    const s = this.s, n = this.n;
    if (from >= n || !isNameStartChar(s.charCodeAt(from))) {
      this.malformed(from >= n ? 'The document ends inside a tag.' : 'Expected a name.', from);
    }
    let colon = s.charCodeAt(from) === COLON ? from : -1;
    let j = from + 1;
    for (; j < n; j++) {
      const c = s.charCodeAt(j);
      if (!isNameChar(c)) break;
      if (c === COLON) {
        if (colon >= 0) this.fail('xml.namespace', `The name ${s.slice(from, this.nameEnd(j))} has more than one colon.`, j);
        colon = j;
      }
    }
    if (colon === from || colon === j - 1) this.fail('xml.namespace', `The name ${s.slice(from, j)} is not a prefix and a local name around one colon.`, from);
    this.colon = colon;
    return j;
  }

  private nameEnd(j: number): number {
    while (j < this.n && isNameChar(this.s.charCodeAt(j))) j++;
    return j;
  }

  private skipSpace(j: number): number {
    const s = this.s;
    while (j < this.n && isXmlSpace(s.charCodeAt(j))) j++;
    return j;
  }

  private blank(from: number, to: number): boolean {
    const s = this.s;
    for (let k = from; k < to; k++) if (!isXmlSpace(s.charCodeAt(k))) return false;
    return true;
  }

  /**
   * Element and attribute names, shared: a document repeats a handful of
   * names thousands of times. Kept in small buckets by length and last
   * character (a probe reads one or two names, not the whole table), capped
   * in all, so a document of many distinct names costs a bounded search per
   * name, not a growing one.
   */
  private readonly names: Array<string[] | undefined> = [];
  private nameCount = 0;
  private readonly attrs: XAttr[] = [];
  private nameAt(from: number, to: number): string {
    const s = this.s, length = to - from;
    const slot = ((length << 3) ^ s.charCodeAt(to - 1)) & NAME_SLOTS;
    const bucket = this.names[slot];
    if (bucket) {
      for (let k = 0; k < bucket.length; k++) {
        const n = bucket[k]!;
        if (n.length === length && sameAt(s, from, n)) return n;
      }
    }
    const name = s.slice(from, to);
    if (this.nameCount < MAX_NAMES) {
      this.nameCount++;
      if (bucket) bucket.push(name);
      else this.names[slot] = [name];
    }
    return name;
  }

  private startTag(): void {
    const s = this.s, at = this.i;
    if (this.root && this.stack.length === 0) this.malformed('A document has exactly one root element.', at);
    const nameEnd = this.qname(at + 1);
    const colon = this.colon;
    const name = this.nameAt(at + 1, nameEnd);
    const el: XElement = { name, local: name, attrs: NONE, children: NONE, text: '', pos: at };
    // Attributes gather in a reused array (counted, never truncated); the element keeps an exact-size copy.
    const attrs = this.attrs;
    let count = 0;
    let seen: NameSet | undefined;
    let j = nameEnd;
    let declares = false;
    let prefixed = 0;
    // Offset of the next "<" (none may stand in a value), looked up once per stretch: linear however many attributes.
    let lt = -1;
    for (;;) {
      const afterSpace = this.skipSpace(j);
      if (afterSpace >= this.n) this.malformed('The document ends inside a tag.', at);
      const c = s.charCodeAt(afterSpace);
      if (c === GT) { j = afterSpace + 1; break; }
      if (c === SLASH) {
        if (s.charCodeAt(afterSpace + 1) !== GT) this.malformed('Expected ">" after "/".', afterSpace + 1);
        if (count) el.attrs = attrs.slice(0, count);
        this.open(el, colon, declares, prefixed);
        this.i = afterSpace + 2;
        this.close();
        return;
      }
      if (afterSpace === j) this.malformed('Attributes must be separated by white space.', j);
      const attrEnd = this.qname(afterSpace);
      const attrName = this.nameAt(afterSpace, attrEnd);
      if (this.colon >= 0) {
        if (this.colon === afterSpace + 5 && attrName.startsWith('xmlns:')) declares = true;
        else prefixed++;
      } else if (attrName === 'xmlns') declares = true;
      let k = this.skipSpace(attrEnd);
      if (s.charCodeAt(k) !== EQUALS) this.malformed(`Expected "=" after the attribute name ${attrName}.`, k);
      k = this.skipSpace(k + 1);
      const q = s.charCodeAt(k);
      if (q !== QUOTE && q !== APOS) this.malformed(`The value of the attribute ${attrName} must be quoted.`, k);
      const close = s.indexOf(q === QUOTE ? '"' : "'", k + 1);
      if (close < 0) this.malformed(`The value of the attribute ${attrName} is not closed.`, k);
      if (lt <= k) {
        lt = s.indexOf('<', k + 1);
        if (lt < 0) lt = this.n;
      }
      if (lt < close) this.malformed(`The value of the attribute ${attrName} contains "<".`, lt);
      if (count < FEW_ATTRIBUTES) {
        for (let a = 0; a < count; a++) if (attrs[a]!.name === attrName) this.duplicate(attrName, afterSpace);
      } else {
        if (!seen) {
          seen = new NameSet((a) => attrs[a]!.name);
          for (let a = 0; a < count; a++) seen.add(attrs[a]!.name, a);
        }
        if (!seen.add(attrName, count)) this.duplicate(attrName, afterSpace);
      }
      attrs[count++] = { name: attrName, value: this.attributeValue(k + 1, close), pos: afterSpace, ns: '' };
      j = close + 1;
    }
    if (count) el.attrs = attrs.slice(0, count);
    this.open(el, colon, declares, prefixed);
    this.i = j;
    const skim = this.skim;
    if (skim && this.stack.length === 2 && !skim.keep.has(this.rootChildren - 1)) {
      // A child of the root the second pass does not need: its content is skipped unread.
      this.i = skim.ends[this.rootChildren - 1]!;
      this.close();
    }
  }

  private duplicate(name: string, at: number): never {
    this.malformed(`The attribute ${name} appears twice.`, at);
  }

  private open(el: XElement, colon: number, declares: boolean, prefixed: number): void {
    const stack = this.stack;
    if (stack.length >= this.maxDepth) {
      const { line, column } = this.positions.at(el.pos);
      throw tooDeep(this.maxDepth, { line, column });
    }
    if (declares) this.namespaces.declare(el, stack.length);
    this.namespaces.checkElement(el, colon < 0 ? -1 : colon - el.pos - 1);
    if (prefixed) this.namespaces.resolveAttributes(el, prefixed);
    const parent = stack[stack.length - 1];
    if (parent === this.root && parent) {
      this.rootChildren++;
      this.spans?.starts.push(el.pos);
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
    if (this.stack.length === 1) {
      this.done = el;
      this.spans?.ends.push(this.i);
    }
    else if (this.stack.length === 0) this.rootClosed = true;
    this.namespaces.close(this.stack.length);
  }

  private endTag(): void {
    const s = this.s, at = this.i;
    const nameEnd = this.qname(at + 2);
    const j = this.skipSpace(nameEnd);
    if (s.charCodeAt(j) !== GT) this.malformed(j >= this.n ? 'The document ends inside a tag.' : 'Expected ">" to end the closing tag.', j);
    const top = this.stack[this.stack.length - 1];
    // Compared in place: no string per closing tag.
    if (!top || top.name.length !== nameEnd - at - 2 || !s.startsWith(top.name, at + 2)) {
      const name = s.slice(at + 2, nameEnd);
      if (!top) this.malformed(`Closing tag </${name}> without an opening tag.`, at);
      this.malformed(`Closing tag </${name}> does not match <${top.name}>.`, at);
    }
    this.i = j + 1;
    this.close();
  }

  /** Character data between `from` and `to`, newlines normalized and references decoded. */
  private characters(from: number, to: number): string {
    const s = this.s;
    let text = s.slice(from, to);
    const cdataEnd = text.indexOf(']]>');
    if (cdataEnd >= 0) this.malformed('"]]>" is not allowed in text (write "]]&gt;").', from + cdataEnd);
    if (text.indexOf('\r') >= 0) text = normalizeNewlines(text);
    const amp = text.indexOf('&');
    return amp < 0 ? text : decodeReferences(text, amp, from, this.malformedAt);
  }

  private attributeValue(from: number, to: number): string {
    let text = this.s.slice(from, to);
    // Attribute-value normalization: literal line ends and tabs read as spaces.
    if (/[\t\n\r]/.test(text)) text = text.replace(/\r\n|[\t\n\r]/g, ' ');
    const amp = text.indexOf('&');
    return amp < 0 ? text : decodeReferences(text, amp, from, this.malformedAt);
  }

  private readonly malformedAt = (message: string, offset: number): never => this.malformed(message, offset);
}

/** Whether `s` holds `name` at `from` (names are short: a loop beats a call to startsWith). */
function sameAt(s: string, from: number, name: string): boolean {
  for (let k = name.length - 1; k >= 0; k--) if (s.charCodeAt(from + k) !== name.charCodeAt(k)) return false;
  return true;
}

function isBlankText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isXmlSpace(text.charCodeAt(i))) return false;
  return true;
}

function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
