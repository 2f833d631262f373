/**
 * The strict XML scanner: fast-xml-parser's XMLValidator as an oracle on
 * generated well-formed and broken documents, the places where we are
 * deliberately stricter, safety (DOCTYPE, entity expansion), limits and
 * positions.
 */
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { UcwaError } from '../src/diagnostic.js';
import { decodeJson, decodeXml } from '../src/index.js';
import { scanXml } from '../src/xml/scan.js';

function codeOf(run: () => unknown): string {
  try {
    run();
    return 'ok';
  } catch (e) {
    if (e instanceof UcwaError) return e.diagnostics[0]!.code;
    throw e; // never a bare error
  }
}
const scan = (text: string) => codeOf(() => scanXml(text, 256));

/** Code, line and column of the first diagnostic ('ok' when the document is accepted). */
function where(run: () => unknown): string {
  try {
    run();
    return 'ok';
  } catch (e) {
    if (!(e instanceof UcwaError)) throw e;
    const d = e.diagnostics[0]!;
    return `${d.code} ${d.line}:${d.column}`;
  }
}

/**
 * Regressions, one row each: what the scanner got wrong, named after the
 * issue, with the code, line and column it must report (or 'ok').
 */
const MANY_ATTRIBUTES = Array.from({ length: 20_000 }, (_, i) => ` a${i}="${i}"`).join('');
const REGRESSIONS: Array<{ name: string; input: string; expected: string }> = [
  // issue 12 item 1: XML 1.0 has no way to carry C0 controls, not even as references (XML 1.1 has).
  { name: 'issue 12: reference to U+0001 in text', input: '<a>x&#x1;</a>', expected: 'xml.malformed 1:5' },
  { name: 'issue 12: reference to U+0001 in an attribute', input: '<a b="&#1;"/>', expected: 'xml.malformed 1:7' },
  { name: 'issue 12: literal U+001F', input: '<a>\u001F</a>', expected: 'xml.malformed 1:4' },
  // item 3: lone surrogates.
  { name: 'issue 12: lone high surrogate in text', input: '<a>x\uD800y</a>', expected: 'xml.malformed 1:5' },
  { name: 'issue 12: lone low surrogate in an attribute', input: '<a b="\uDC00"/>', expected: 'xml.malformed 1:7' },
  { name: 'issue 12: a surrogate pair is one character', input: '<a b="\uD83D\uDE00">\uD83D\uDE00</a>', expected: 'ok' },
  // item 4
  { name: 'issue 12: "]]>" in text', input: '<a>x]]>y</a>', expected: 'xml.malformed 1:5' },
  { name: 'issue 12: "]]&gt;" and "]]" are fine', input: '<a>]]&gt; ]] > </a>', expected: 'ok' },
  // item 5: Namespaces 1.0.
  { name: 'issue 12: unbound attribute prefix', input: '<a p:x="1"/>', expected: 'xml.namespace 1:4' },
  { name: 'issue 12: element name with two colons', input: '<a:b:c xmlns:a="u"/>', expected: 'xml.namespace 1:5' },
  { name: 'issue 12: attribute name with two colons', input: '<a x:y:z="1"/>', expected: 'xml.namespace 1:7' },
  { name: 'issue 12: name ending with a colon', input: '<a x:="1"/>', expected: 'xml.namespace 1:4' },
  { name: 'issue 12 / issue 13 item 12: same attribute under two prefixes of one namespace', input: '<a xmlns:p="u" xmlns:q="u" p:x="1" q:x="2"/>', expected: 'xml.namespace 1:36' },
  { name: 'issue 12: same local name in two namespaces is fine', input: '<a xmlns:p="u" xmlns:q="v" p:x="1" q:x="2" x="3"/>', expected: 'ok' },
  { name: 'issue 12: prefix xml rebound', input: '<a xmlns:xml="http://other"/>', expected: 'xml.namespace 1:4' },
  { name: 'issue 12: prefix xml bound to its own namespace is fine', input: '<a xmlns:xml="http://www.w3.org/XML/1998/namespace" xml:lang="en"/>', expected: 'ok' },
  { name: 'issue 12: another prefix bound to the xml namespace', input: '<a xmlns:x="http://www.w3.org/XML/1998/namespace"/>', expected: 'xml.namespace 1:4' },
  { name: 'issue 12: prefix xmlns declared', input: '<a xmlns:xmlns="http://www.w3.org/2000/xmlns/"/>', expected: 'xml.namespace 1:4' },
  { name: 'issue 12: a prefix bound to the xmlns namespace', input: '<a xmlns:x="http://www.w3.org/2000/xmlns/"/>', expected: 'xml.namespace 1:4' },
  { name: 'issue 12: default namespace set to the xml namespace', input: '<a xmlns="http://www.w3.org/XML/1998/namespace"/>', expected: 'xml.namespace 1:4' },
  { name: 'issue 12: element prefix xmlns', input: '<xmlns:a/>', expected: 'xml.namespace 1:1' },
  { name: 'issue 12: colon in a processing-instruction target', input: '<a><?p:i x?></a>', expected: 'xml.namespace 1:7' },
  // item 7
  { name: 'issue 12: references with leading zeros', input: '<a b="&#x000041;">&#x0000041;&#00066;</a>', expected: 'ok' },
  { name: 'issue 12: reference beyond U+10FFFF', input: '<a>&#x110000;</a>', expected: 'xml.malformed 1:4' },
  // item 8: the name productions of XML 1.0 fifth edition; white space is XML's four characters.
  { name: 'issue 12: U+00D7 is no name character', input: '<a\u00D7/>', expected: 'xml.malformed 1:3' },
  { name: 'issue 12: a combining mark cannot start a name', input: '<\u0300a/>', expected: 'xml.malformed 1:2' },
  { name: 'issue 12: U+037E is no name character', input: '<a\u037E/>', expected: 'xml.malformed 1:3' },
  { name: 'issue 12: middle dot and combining marks inside a name', input: '<a\u00B7b\u0300/>', expected: 'ok' },
  { name: 'issue 12: a name character of plane 1', input: '<\u{10000}x/>', expected: 'ok' },
  { name: 'issue 12: no name character in plane 15', input: '<\u{F0000}/>', expected: 'xml.malformed 1:2' },
  { name: 'issue 12: no-break space in the XML declaration', input: '<?xml version="1.0"\u00A0encoding="utf-8"?><a/>', expected: 'xml.malformed 1:1' },
  { name: 'issue 12: no-break space after <?xml', input: '<?xml\u00A0version="1.0"?><a/>', expected: 'xml.malformed 1:1' },
  { name: 'issue 12: <?xml-stylesheet is an instruction', input: '<?xml-stylesheet href="s"?><a/>', expected: 'ok' },
  // item 10: the check is linear; a duplicate among many attributes is still found.
  { name: 'issue 12: duplicate attribute among 20,000', input: `<a${MANY_ATTRIBUTES} a7="x"/>`, expected: `xml.malformed 1:${MANY_ATTRIBUTES.length + 4}` },
  { name: 'issue 12: 20,000 distinct attributes', input: `<a${MANY_ATTRIBUTES}/>`, expected: 'ok' },
];

describe('regressions', () => {
  for (const row of REGRESSIONS) {
    it(row.name, () => {
      expect(where(() => scanXml(row.input, 256))).toBe(row.expected);
    });
  }
});

// ------------------------------------------------------------------ generated documents

const nameArb = fc.constantFrom('resource', 'property', 'item', 'link', 'a', 'b_c', 'd.e', 'f-g', 'H1', '\u00e9l\u00e9ment');
const textArb = fc
  .array(fc.constantFrom('x', ' ', '\n', '&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&#65;', '&#x263A;', '\u00e9', '>', "'", '"', 'True'), { maxLength: 6 })
  .map((a) => a.join(''));
const attrValueArb = fc.array(fc.constantFrom('v', ' ', '&amp;', '&#x41;', '>', "'", '/', 'data:text/plain,a%20b'), { maxLength: 4 }).map((a) => a.join(''));

interface Node {
  name: string;
  attrs: Array<[string, string]>;
  children: Array<Node | { text: string } | { comment: string } | { cdata: string } | { pi: string }>;
}

const nodeArb: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.record({
    name: nameArb,
    attrs: fc.uniqueArray(fc.tuple(fc.constantFrom('rel', 'href', 'name', 'title', 'x'), attrValueArb), { maxLength: 3, selector: ([k]) => k }),
    children: fc.array(
      fc.oneof(
        { maxDepth: 4, depthIdentifier: 'tree' },
        { weight: 3, arbitrary: textArb.map((text) => ({ text })) },
        { weight: 3, arbitrary: tie('node') },
        { weight: 1, arbitrary: fc.constantFrom(' note ', 'a-b').map((comment) => ({ comment })) },
        { weight: 1, arbitrary: fc.constantFrom('<x> & y', ']]').map((cdata) => ({ cdata })) },
        { weight: 1, arbitrary: fc.constantFrom('pi data', 'target').map((pi) => ({ pi })) },
      ),
      { maxLength: 4 },
    ),
  }) as fc.Arbitrary<Node>,
})).node;

function serialize(n: Node): string {
  const attrs = n.attrs.map(([k, v]) => ` ${k}="${v}"`).join('');
  if (!n.children.length) return `<${n.name}${attrs}/>`;
  const inner = n.children
    .map((c) =>
      'name' in c ? serialize(c) : 'text' in c ? c.text : 'comment' in c ? `<!--${c.comment}-->` : 'cdata' in c ? `<![CDATA[${c.cdata}]]>` : `<?${c.pi}?>`,
    )
    .join('');
  return `<${n.name}${attrs}>${inner}</${n.name}>`;
}

const docArb = fc
  .tuple(fc.boolean(), nodeArb)
  .map(([decl, root]) => (decl ? '<?xml version="1.0" encoding="utf-8"?>\n' : '') + serialize(root));

/** Ways of breaking a document that any XML parser must reject. */
const breakages: Array<[string, (doc: string, at: number) => string | undefined]> = [
  ['truncated inside the root', (d, at) => d.slice(0, Math.min(at % d.length, d.lastIndexOf('<')))],
  ['closing tag renamed', (d) => (/<\/[^>]+>/.test(d) ? d.replace(/<\/([^>]+)>$/, '</$1zz>') : undefined)],
  ['attribute doubled', (d) => (/^(<[^ />?!]+) (\w+)="([^"]*)"/m.test(d) ? d.replace(/(<[^ />?!]+) (\w+)="([^"]*)"/, '$1 $2="$3" $2="$3"') : undefined)],
  ['name starting with a digit', (d) => d.replace(/<([A-Za-z\u00e9])/, '<9$1')],
  ['attribute value unquoted', (d) => (/ (\w+)="v"/.test(d) ? d.replace(/ (\w+)="v"/, ' $1=v') : undefined)],
  ['attributes run together', (d) => (/"( )\w+=/.test(d) ? d.replace(/"( )(\w+=)/, '"$2') : undefined)],
  ['bare ampersand', (d) => d.replace(/<\/([^>]+)>$/, '& x</$1>')],
  ['closing tag without opening', (d) => `</zz>${d}`],
  ['text before the root', (d) => `text${d}`],
  ['misnested tags', (d) => (/<([a-z]+)[^>]*>[^<]*<([a-z]+)[^/>]*>/.test(d) ? d.replace(/<\/([^>]+)>$/, '</$1></x>').replace(/^(<[^/>]+>)/, '$1<x><y>') : undefined)],
];

describe('scanner vs XMLValidator (oracle)', () => {
  it('accepts exactly the generated well-formed documents XMLValidator accepts', () => {
    fc.assert(
      fc.property(docArb, (doc) => {
        expect(XMLValidator.validate(doc)).toBe(true);
        expect(scan(doc)).toBe('ok');
      }),
      { numRuns: 400 },
    );
  });

  for (const [what, breakIt] of breakages) {
    it(`rejects, like XMLValidator, a document with a ${what}`, () => {
      fc.assert(
        fc.property(docArb, fc.nat(), (doc, at) => {
          const decl = /^<\?xml[^>]*>\n/.exec(doc)?.[0] ?? '';
          const body = breakIt(doc.slice(decl.length), at);
          const broken = body === undefined ? undefined : decl + body;
          fc.pre(broken !== undefined && broken !== doc);
          const oracle = XMLValidator.validate(broken!) === true ? 'ok' : 'error';
          const ours = scan(broken!) === 'ok' ? 'ok' : 'error';
          expect(ours).toBe(oracle);
          expect(ours).toBe('error');
        }),
        { numRuns: 150 },
      );
    });
  }
});

describe('deliberately stricter than XMLValidator', () => {
  // XMLValidator accepts each of these; a UCWA payload never needs them, and each hides a risk or a loss.
  const cases: Array<[string, string, string]> = [
    ['an undefined entity', '<a>&nbsp;</a>', 'xml.malformed'],
    ['a second root element', '<a/><b/>', 'xml.malformed'],
    ['text after the root', '<a/>text', 'xml.malformed'],
    ['"<" in an attribute value', '<a x="<"/>', 'xml.malformed'],
    ['"--" inside a comment', '<a><!-- x -- y --></a>', 'xml.malformed'],
    ['a reference to U+0000', '<a>&#0;</a>', 'xml.malformed'],
    ['a reference to a surrogate', '<a>&#xD800;</a>', 'xml.malformed'],
    ['a literal control character', '<a>\u0001</a>', 'xml.malformed'],
    ['an undeclared prefix', '<u:a/>', 'xml.namespace'],
    ['a DOCTYPE', '<!DOCTYPE a><a/>', 'xml.doctype'],
  ];
  for (const [what, doc, code] of cases) {
    it(`rejects ${what} (${code})`, () => {
      expect(XMLValidator.validate(doc)).toBe(true);
      expect(scan(doc)).toBe(code);
    });
  }
});

describe('safety', () => {
  it('rejects the billion laughs before expanding anything', () => {
    const laughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<resource rel="note"><property name="message">&lol3;</property></resource>`;
    expect(codeOf(() => decodeXml(laughs))).toBe('xml.doctype');
  });

  it('rejects an external entity (XXE)', () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><resource rel="note"><property name="message">&x;</property></resource>';
    expect(codeOf(() => decodeXml(xxe))).toBe('xml.doctype');
    expect(codeOf(() => decodeXml('<resource rel="note"><property name="message">&x;</property></resource>'))).toBe('xml.malformed');
  });

  it('stops 100,000 nested elements at the depth limit, without overflowing the stack', () => {
    const deep = '<resource>'.repeat(100_000) + '</resource>'.repeat(100_000);
    const error = (() => {
      try {
        decodeXml(deep);
      } catch (e) {
        return e;
      }
    })() as UcwaError;
    expect(error).toBeInstanceOf(UcwaError);
    expect(error.diagnostics[0]).toMatchObject({ code: 'input.too-deep', line: 1, column: 256 * 10 + 1 });
    expect(codeOf(() => decodeJson('['.repeat(100_000) + ']'.repeat(100_000)))).toBe('input.too-deep');
    expect(codeOf(() => decodeJson('{"a":'.repeat(300) + '1' + '}'.repeat(300)))).toBe('input.too-deep');
    const ten = '<resource rel="r">'.repeat(10) + '</resource>'.repeat(10);
    expect(codeOf(() => decodeXml(ten, { maxDepth: 9 }))).toBe('input.too-deep');
    expect(codeOf(() => decodeXml(ten, { maxDepth: 10 }))).toBe('ok');
  });

  it('rejects input over maxBytes, counted in UTF-8 bytes', () => {
    const doc = '<resource rel="note"><property name="message">\u00e9\u00e9</property></resource>'; // 2 two-byte letters
    const bytes = new TextEncoder().encode(doc).length;
    expect(codeOf(() => decodeXml(doc, { maxBytes: bytes }))).toBe('ok');
    expect(codeOf(() => decodeXml(doc, { maxBytes: bytes - 1 }))).toBe('input.too-large');
    expect(codeOf(() => decodeJson('"\u00e9"', { maxBytes: 3 }))).toBe('input.too-large');
    expect(codeOf(() => decodeXml(new TextEncoder().encode(doc) as unknown as string, { maxBytes: bytes - 1 }))).toBe('input.too-large');
  });
});

describe('declarations, encodings, positions', () => {
  it('skips a UTF-8 BOM, comments, processing instructions and white space around the root', () => {
    expect(decodeXml('\ufeff<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!-- c --><?pi x?>\n<resource rel="note"/>\n<!-- end -->\n')).toEqual({ rel: 'note' });
  });

  it('accepts UTF-8, UTF-16 and ASCII declarations on text and refuses other encodings there', () => {
    expect(scan('<?xml version="1.0" encoding="us-ascii"?><a/>')).toBe('ok');
    expect(scan("<?xml version='1.0' encoding='utf8'?><a/>")).toBe('ok');
    expect(scan('<?xml version="1.0" encoding="ISO-8859-1"?><a/>')).toBe('input.encoding');
    expect(scan('<?xml version="1.0" encoding="utf-16"?><a/>')).toBe('ok');
    expect(codeOf(() => decodeXml(new Uint8Array([0x3c, 0x61, 0xff, 0x2f, 0x3e]) as unknown as string))).toBe('input.encoding');
    expect(codeOf(() => decodeXml(42 as unknown as string))).toBe('input.argument');
  });

  it('reports empty input as input.empty', () => {
    expect(codeOf(() => decodeXml(''))).toBe('input.empty');
    expect(codeOf(() => decodeXml(' \n'))).toBe('input.empty');
    expect(codeOf(() => decodeJson(''))).toBe('input.empty');
  });

  it('gives the 1-based line and column of the problem', () => {
    const error = (() => {
      try {
        decodeXml('<resource rel="note">\n  <property name="a">x</property>\n  <property name="b">y</propertx>\n</resource>');
      } catch (e) {
        return e as UcwaError;
      }
    })();
    expect(error?.diagnostics[0]).toMatchObject({ code: 'xml.malformed', line: 3, column: 23 });
    const json = (() => {
      try {
        decodeJson('{\n  "rel": "note",\n  "x": ]\n}');
      } catch (e) {
        return e as UcwaError;
      }
    })();
    expect(json?.diagnostics[0]).toMatchObject({ code: 'json.syntax', line: 3, column: 8 });
  });

  it('normalizes line ends in text and white space in attribute values, as XML requires', () => {
    expect(decodeXml('<resource rel="n\tx"><property name="m">a\r\nb\rc</property></resource>')).toEqual({ rel: 'n x', m: 'a\nb\nc' });
  });
});

/** issue 12 item 6: xsi:nil is known by its namespace, not by a ":nil" suffix, and is an xs:boolean. */
describe('xsi:nil', () => {
  const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
  const note = (attrs: string, text = 'kept') =>
    `<resource rel="note" href="/n" xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa"><property name="message" ${attrs}>${text}</property></resource>`;
  const message = (xml: string) => (decodeXml(xml) as { message?: unknown }).message;
  const rows: Array<[string, string, unknown]> = [
    ['xsi:nil="true"', `xmlns:xsi="${XSI}" xsi:nil="true"`, null],
    ['xsi:nil="1"', `xmlns:xsi="${XSI}" xsi:nil="1"`, null],
    ['xsi:nil=" true " (xs:boolean collapses white space)', `xmlns:xsi="${XSI}" xsi:nil=" true "`, null],
    ['any prefix bound to the XSI namespace', `xmlns:i="${XSI}" i:nil="true"`, null],
    ['xsi:nil="false"', `xmlns:xsi="${XSI}" xsi:nil="false"`, 'kept'],
    ['xsi:nil="0"', `xmlns:xsi="${XSI}" xsi:nil="0"`, 'kept'],
    ['a prefix bound to another namespace', 'xmlns:foo="urn:other" foo:nil="true"', 'kept'],
    ['the xsi prefix bound to another namespace', 'xmlns:xsi="urn:other" xsi:nil="true"', 'kept'],
  ];
  for (const [name, attrs, expected] of rows) {
    it(name, () => {
      expect(message(note(attrs, expected === null ? '' : 'kept'))).toBe(expected);
    });
  }
});
