/**
 * The encoder writes only well-formed XML 1.0 (issue 12 items 1-3): a value,
 * property name, rel or link field that XML cannot carry is refused with a
 * diagnostic at its path; everything else is written so that an
 * independent conformant parser (saxes) reads back the same infoset as our
 * reader, and the decoder the same value.
 */
import fc from 'fast-check';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { describe, expect, it } from 'vitest';
import { NC_NAME, isNameChar, isNameStartChar } from '../src/codec/chars.js';
import { UcwaError } from '../src/diagnostic.js';
import { decodeXml, encodeXml } from '../src/index.js';
import { scanXml, type XElement } from '../src/xml/scan.js';
import { XmlWriter } from '../src/xml/writer.js';

function refusal(run: () => unknown): Array<{ code: string; path: string; message: string }> {
  try {
    run();
  } catch (e) {
    if (!(e instanceof UcwaError)) throw e;
    return e.diagnostics.map(({ code, path, message }) => ({ code, path, message }));
  }
  throw new Error('expected a refusal');
}

describe('characters XML 1.0 cannot carry are refused, at their path', () => {
  const rows: Array<[string, Record<string, unknown>, string, string]> = [
    // [what, value, path, character named in the message]
    ['a control character in a property value', { rel: 'note', message: 'a\u0001b' }, '/message', 'U+0001'],
    ['U+001F in a list item', { rel: 'x', list: ['ok', '\u001F'] }, '/list/1', 'U+001F'],
    ['U+0000 in a property name', { rel: 'note', 'a\u0000': 'x' }, '/a\u0000', 'U+0000'],
    ['U+FFFE in a property name', { rel: 'note', '\uFFFE': 'x' }, '/\uFFFE', 'U+FFFE'],
    ['U+FFFF in a link rel', { rel: 'note', _links: { 'r\uFFFF': { href: '/x' } } }, '/_links/r\uFFFF', 'U+FFFF'],
    ['U+0000 in an embedded rel', { rel: 'note', _embedded: { 'e\u0000': { rel: 'e' } } }, '/_embedded/e\u0000', 'U+0000'],
    ['U+0000 in a resource rel', { rel: 'no\u0000te' }, '/rel', 'U+0000'],
    ['a control character in a self href', { rel: 'note', _links: { self: { href: '/n\u0002' } } }, '/_links/self/href', 'U+0002'],
    ['a lone high surrogate in a value', { rel: 'note', message: 'x\uD800' }, '/message', 'U+D800'],
    ['a lone low surrogate in a link title', { rel: 'note', _links: { a: { href: '/a', title: '\uDC00' } } }, '/_links/a/title', 'U+DC00'],
    ['a lone surrogate in a property name', { rel: 'note', ['\uDBFF']: 'x' }, '/\uDBFF', 'U+DBFF'],
    ['a control character in an event channel href', { _links: { self: { href: '\u0007' } }, sender: [] }, '/_links/self/href', 'U+0007'],
    ['a control character in a sender field', { sender: [{ rel: 'conversation', href: '/c\u0008', events: [] }] }, '/sender/0/href', 'U+0008'],
    ['a control character in an error message', { code: 'BadRequest', message: '\u000B' }, '/message', 'U+000B'],
  ];
  for (const [what, value, path, char] of rows) {
    it(what, () => {
      const [d, ...rest] = refusal(() => encodeXml(value));
      expect(rest).toEqual([]);
      expect(d).toMatchObject({ code: 'value.character', path });
      expect(d!.message).toContain(char);
    });
  }

  it('link field names must be XML names without a colon, and not xmlns', () => {
    for (const key of ['a:b', 'xmlns', '1a', 'a b', '\u00D7']) {
      expect(refusal(() => encodeXml({ rel: 'note', _links: { x: { href: '/x', [key]: 'v' } } }))[0]).toMatchObject({
        code: 'schema.type',
        path: `/_links/x/${key}`,
      });
    }
  });

  it('writes tab, LF, CR, "]]>" and pairs of surrogates so that they read back', () => {
    const value = { rel: 'note', message: 'a\tb\nc\rd\r\ne ]]> \uD83D\uDE00 <&>"\'', _links: { x: { href: '/x', title: 't\tl\nr\r' } } };
    const xml = encodeXml(value, { indent: 0 });
    expect(xml).toContain('&#xD;');
    expect(xml).not.toContain(']]>');
    expect(decodeXml(xml)).toEqual(value);
  });

  it('the writer itself never emits such a character (last guard)', () => {
    const w = new XmlWriter(0);
    w.text('p', [['a', 'ok']], 'x\u0001y', 0);
    w.empty('q', [['b', '\uD800']], 0);
    expect(w.unwritable.first).toBe('U+0001');
    expect(w.out).not.toMatch(/[\u0001\uD800]/);
  });
});

describe('name characters', () => {
  it('NC_NAME agrees with isNameStartChar / isNameChar on every code point of the BMP', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      const start = c !== 0x3a && isNameStartChar(c);
      const inner = c !== 0x3a && isNameChar(c);
      if (NC_NAME.test(ch) !== start || NC_NAME.test(`a${ch}`) !== inner) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('NC_NAME and the scanner agree beyond the BMP: planes 1-14 yes, 15-16 no', () => {
    for (const cp of [0x10000, 0x1f600, 0xeffff, 0xf0000, 0x10ffff]) {
      const ch = String.fromCodePoint(cp);
      const ok = cp <= 0xeffff;
      expect(NC_NAME.test(ch)).toBe(ok);
      let scanned = true;
      try {
        scanXml(`<${ch}/>`, 8);
      } catch {
        scanned = false;
      }
      expect(scanned).toBe(ok);
    }
  });
});

// ------------------------------------------------------------------ property: saxes reads what we write

/** Characters XML can carry, weighted toward the ones it treats specially. */
const goodChar = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) },
  { weight: 2, arbitrary: fc.constantFrom('\t', '\n', '\r', '\r\n', '&', '<', '>', '"', "'", ']]>', '\uFFFD', '\u0085', '\u2028', '\u00A0', '\uFEFF') },
  { weight: 2, arbitrary: fc.integer({ min: 0x80, max: 0x10ffff }).filter((cp) => (cp < 0xd800 || cp > 0xdfff) && cp !== 0xfffe && cp !== 0xffff).map((cp) => String.fromCodePoint(cp)) },
);
/** Any code point, forbidden ones included: C0 controls, U+FFFE, U+FFFF, lone surrogates. */
const anyChar = fc.oneof(
  goodChar,
  fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('\uFFFE', '\uFFFF'),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)),
);
/** Mostly writable strings, so that both outcomes are common in one value. */
const text = fc.oneof({ weight: 12, arbitrary: fc.string({ unit: goodChar, maxLength: 6 }) }, { weight: 1, arbitrary: fc.string({ unit: anyChar, minLength: 1, maxLength: 6 }) });
const key = text.filter((k) => !['rel', '_links', '_embedded', '__proto__'].includes(k));
const link = fc.record({ href: text, title: text }, { requiredKeys: ['href'] });
const linkFieldName = fc.oneof(fc.constantFrom('title', 'revision', 'a:b', 'xmlns', 'ok-name'), text);

const resource = fc.record(
  {
    rel: text,
    props: fc.dictionary(key, fc.oneof(text, fc.array(text, { maxLength: 3 })), { maxKeys: 4 }),
    links: fc.dictionary(key, fc.oneof(link, fc.dictionary(linkFieldName, text, { maxKeys: 2 }).map((o) => ({ href: '/h', ...o }))), { maxKeys: 3 }),
    embedded: fc.dictionary(key, fc.record({ rel: text, note: text }), { maxKeys: 2 }),
  },
  { requiredKeys: ['rel', 'props'] },
).map(({ rel, props, links, embedded }) => {
  const v: Record<string, unknown> = { rel, ...props };
  if (links && Object.keys(links).length) v._links = links;
  if (embedded && Object.keys(embedded).length) v._embedded = embedded;
  return v;
});

const events = fc
  .array(fc.record({ href: text, rel: text, events: fc.array(fc.record({ link: link.map((l) => ({ rel: 'note', ...l })), type: fc.constantFrom('added', 'updated') }), { maxLength: 2 }) }), { maxLength: 2 })
  .map((sender) => ({ _links: { self: { href: '/events' } }, sender }));

const reason = fc.record({ code: text, message: text, subcode: text }, { requiredKeys: ['code'] });

interface Node {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
}

/** The infoset saxes reads: names, attributes, children, and text (a leaf's, as is; blank between children). */
function saxesTree(xml: string): Node {
  const parser = new SaxesParser({ xmlns: true });
  const stack: Node[] = [];
  let root: Node | undefined;
  parser.on('opentag', (tag: SaxesTagNS) => {
    const attrs: Record<string, string> = {};
    for (const [name, a] of Object.entries(tag.attributes)) attrs[name] = a.value;
    const node: Node = { name: tag.name, attrs, children: [], text: '' };
    if (stack.length) stack[stack.length - 1]!.children.push(node);
    else root = node;
    stack.push(node);
  });
  parser.on('text', (t) => {
    if (stack.length) stack[stack.length - 1]!.text += t;
  });
  parser.on('cdata', (t) => {
    stack[stack.length - 1]!.text += t;
  });
  parser.on('closetag', () => {
    const node = stack.pop()!;
    if (node.children.length && node.text.trim() === '') node.text = '';
  });
  parser.write(xml).close();
  return root!;
}

function ourTree(el: XElement): Node {
  const attrs: Record<string, string> = {};
  for (const a of el.attrs) attrs[a.name] = a.value;
  return { name: el.name, attrs, children: el.children.map(ourTree), text: el.text };
}

describe('encodeXml writes only what a conformant parser reads back the same', () => {
  const bodies: Array<[string, fc.Arbitrary<Record<string, unknown>>]> = [
    ['resources', resource],
    ['event channels', events],
    ['error bodies', reason],
  ];
  for (const [name, arbitrary] of bodies) {
    it(`${name}: refused with a diagnostic, or read by saxes as our reader reads it`, () => {
      let written = 0;
      let refused = 0;
      fc.assert(
        fc.property(arbitrary, fc.constantFrom(0, 2), (value, indent) => {
          let xml: string;
          try {
            xml = encodeXml(value, { indent });
          } catch (e) {
            expect(e).toBeInstanceOf(UcwaError);
            for (const d of (e as UcwaError).diagnostics) expect(['value.character', 'schema.type']).toContain(d.code);
            refused++;
            return;
          }
          written++;
          const theirs = saxesTree(xml); // throws on anything not well-formed
          expect(ourTree(scanXml(xml, 256).root)).toEqual(theirs);
          if (name === 'resources') expect(decodeXml(xml)).toEqual(value);
        }),
        { numRuns: 300 },
      );
      // Both outcomes are exercised.
      expect(written).toBeGreaterThan(20);
      expect(refused).toBeGreaterThan(20);
    });
  }
});
