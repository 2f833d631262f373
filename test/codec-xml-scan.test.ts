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
    expect(codeOf(() => decodeXml(42 as unknown as string))).toBe('input.encoding');
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
