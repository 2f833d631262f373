/**
 * Hand-written fixtures (test/fixtures/codec/), one per quirk of the XML
 * form, decoded against the small test bundle (test/support/codec-bundle.ts)
 * so they do not move with the model. `name.xml` with a `name.json` twin must
 * decode to exactly that value and encode back to XML that decodes to it
 * again; the other `.xml` files must fail with the listed diagnostic.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UcwaError } from '../src/diagnostic.js';
import { decodeJson, decodeXml, decodeXmlDocument, encodeJson, encodeXml } from '../src/index.js';
import { codecPlanner as planner } from './support/codec-bundle.js';

const dir = new URL('./fixtures/codec/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const files = readdirSync(dir);

/** Fixtures that need the root type named (request bodies have no rel). */
const RESOURCE: Record<string, string> = { 'request-body': 'WidgetPostInput', 'put-body': 'WidgetPutInput' };

/** Fixtures that must be rejected, with the diagnostic code. */
const REJECTED: Record<string, string> = {
  'bad-boolean': 'value.boolean',
  'bad-integer': 'value.integer',
  'bad-date': 'value.date',
  'wrong-namespace': 'xml.namespace',
  doctype: 'xml.doctype',
  'billion-laughs': 'xml.doctype',
  'external-entity': 'xml.doctype',
  truncated: 'xml.malformed',
  'unexpected-element': 'xml.unexpected-element',
};

const optionsFor = (name: string) => ({ planner, ...(RESOURCE[name] ? { resource: RESOURCE[name] } : {}) });

function failure(run: () => unknown): UcwaError {
  try {
    run();
  } catch (e) {
    if (e instanceof UcwaError) return e;
    throw e;
  }
  throw new Error('expected a UcwaError');
}

describe('fixture twins', () => {
  const twins = files.filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
  it('every fixture is either a twin or listed as rejected', () => {
    const xml = files.filter((f) => f.endsWith('.xml')).map((f) => f.slice(0, -4));
    expect(xml.filter((n) => !twins.includes(n) && !REJECTED[n])).toEqual([]);
    expect(twins.length).toBeGreaterThanOrEqual(18);
  });
  for (const name of twins) {
    it(`${name}.xml decodes to ${name}.json and back`, () => {
      const options = optionsFor(name);
      const expected = decodeJson(read(`${name}.json`));
      const value = decodeXml(read(`${name}.xml`), options as never);
      expect(value).toStrictEqual(expected);
      expect(decodeXml(encodeXml(expected, options), options as never)).toStrictEqual(expected);
      expect(decodeJson(encodeJson(value))).toStrictEqual(expected);
    });
  }
});

describe('rejected fixtures', () => {
  for (const [name, code] of Object.entries(REJECTED)) {
    it(`${name}.xml is rejected with ${code}, with a position`, () => {
      const error = failure(() => decodeXml(read(`${name}.xml`), { planner } as never));
      expect(error.diagnostics[0]).toMatchObject({ severity: 'error', code });
      expect(error.diagnostics[0]!.line).toBeGreaterThanOrEqual(1);
    });
  }

  it('reports every bad value of a document at once, with its JSON pointer', () => {
    const xml = '<resource rel="widget">\n<property name="flag">maybe</property>\n<propertyList name="sizes"><item>x</item></propertyList>\n</resource>';
    const error = failure(() => decodeXml(xml, { planner } as never));
    expect(error.diagnostics.map((d) => [d.code, d.path, d.line])).toEqual([
      ['value.boolean', '/flag', 2],
      ['value.integer', '/sizes/0', 3],
    ]);
  });
});

describe('quirks in detail', () => {
  it('writes data: hrefs byte for byte', () => {
    const value = decodeJson(read('data-hrefs.json'));
    const xml = encodeXml(value, { planner } as never);
    expect(xml).toContain('href="data:text/html;charset=utf-8,%3Cb%3EHi%3C%2Fb%3E%20&amp;%20&quot;bye&quot;&#xA;+more"');
    expect(xml).toContain('title="Tom &amp; Jerry"');
  });

  it('escapes text and attributes both ways', () => {
    const v = { rel: 'gizmo', note: 'a<b>&c "d" \'e\'\r\n\tf\u0085', _links: { self: { href: '/x?a=1&b="2"\t<3>' } } };
    const xml = encodeXml(v);
    expect(xml).toContain('<property name="note">a&lt;b&gt;&amp;c "d" \'e\'&#xD;\n\tf\u0085</property>');
    expect(xml).toContain('href="/x?a=1&amp;b=&quot;2&quot;&#x9;&lt;3&gt;"');
    expect(decodeXml(xml)).toStrictEqual(v);
  });

  it('decodes a request body without a type as strings and lists', () => {
    expect(decodeXml(read('request-body.xml'))).toStrictEqual({ count: '5', flag: 'true', to: 'sip:jane@contoso.com', tags: ['x', 'y'] });
  });

  it('writes a whole-resource PUT body as <resource> without rel and href, with <property name="rel">', () => {
    const xml = encodeXml(decodeJson(read('put-body.json')), { planner, resource: 'WidgetPutInput', indent: 0 } as never);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?><resource xmlns="http:\/\/schemas.microsoft.com\/rtc\/2012\/03\/ucwa"><property name="rel">widget<\/property>/);
  });

  it('writes a request body as <input>', () => {
    const xml = encodeXml(decodeJson(read('request-body.json')), { planner, resource: 'WidgetPostInput', indent: 0 } as never);
    expect(xml).toContain('<input xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa"><property name="count">5</property><property name="flag">True</property>');
  });

  it('keeps __proto__, constructor and prototype as own data properties, never touching a prototype', () => {
    const value = decodeXml(read('forbidden-names.xml'), { planner } as never) as Record<string, any>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(value._links)).toBe(Object.prototype);
    expect(Object.keys(value._links)).toEqual(['self', '__proto__']);
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toBe('x');
    expect(({} as Record<string, unknown>).href).toBeUndefined();
    expect(encodeXml(value)).toContain('<link rel="__proto__" href="/polluted"/>');
  });

  it('writes dates in UTC with Z and seven fractional digits, and reads /Date(ms+hhmm)/', () => {
    const xml = encodeXml({ rel: 'widget', created: '/Date(1371023234123)/', times: ['/Date(-1)/', '/Date(1371023234000-0700)/'] }, { planner } as never);
    expect(xml).toContain('<property name="created">2013-06-12T07:47:14.1230000Z</property>');
    expect(xml).toContain('<item>1969-12-31T23:59:59.9990000Z</item>');
    expect(xml).toContain('<item>2013-06-12T07:47:14.0000000Z</item>');
  });

  it('writes JSON dates with escaped slashes and reads both spellings', () => {
    expect(encodeJson({ created: '/Date(1371023234000)/' }, { indent: 0 })).toBe('{"created":"\\/Date(1371023234000)\\/"}');
    expect(decodeJson('{"a":"\\/Date(5)\\/","b":"/Date(5)/"}')).toEqual({ a: '/Date(5)/', b: '/Date(5)/' });
  });

  it('writes one line with indent 0 and nested indentation by default', () => {
    const v = { rel: 'widget', id: '1', _embedded: { owner: { rel: 'part' } } };
    expect(encodeXml(v, { planner, indent: 0 } as never).split('\n')).toHaveLength(1);
    expect(encodeXml(v, { planner } as never)).toContain('\n  <resource rel="owner">\n    <property name="rel">part</property>\n  </resource>\n</resource>');
  });

  it('locates every decoded node by JSON pointer', () => {
    const { locations } = decodeXmlDocument(read('cardinality.xml'), { planner, locations: true });
    expect(locations?.get('')).toEqual({ line: 1, column: 1 });
    expect(locations?.get('/_links/self/href')).toEqual({ line: 1, column: 24 });
    expect(locations?.get('/_links/items/0')).toEqual({ line: 3, column: 3 });
    expect(locations?.get('/_links/twice/1/title')).toEqual({ line: 6, column: 33 });
    expect(locations?.get('/_embedded/parts/0')).toEqual({ line: 7, column: 3 });
    expect(locations?.get('/_embedded/parts/0/rel')).toEqual({ line: 7, column: 41 });
    expect(locations?.get('/_embedded/extras/1')).toEqual({ line: 11, column: 3 });
  });

  it('reports values the encoder cannot write, by JSON pointer', () => {
    const error = failure(() => encodeXml({ rel: 'widget', created: 'yesterday', _links: { owner: { href: 5 } }, n: () => 1 }, { planner } as never));
    expect(error.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ['schema.type', '/_links/owner/href'],
      ['value.date', '/created'],
      ['schema.type', '/n'],
    ]);
    expect(failure(() => encodeXml('text')).diagnostics[0]!.code).toBe('schema.type');
    expect(failure(() => encodeXml({ rel: 'x', id: 'a\u0000b' })).diagnostics[0]!.code).toBe('value.character');
    const cycle: Record<string, unknown> = { rel: 'x' };
    cycle.self = cycle;
    expect(failure(() => encodeXml(cycle)).diagnostics[0]!.code).toBe('input.too-deep');
    expect(failure(() => encodeJson(cycle)).diagnostics[0]!.code).toBe('input.too-deep');
    expect(failure(() => encodeXml({}, { resource: 'NoSuchThing' })).diagnostics[0]!.code).toBe('schema.unknown-resource');
    expect(failure(() => decodeXml('<resource/>', { resource: 'NoSuchThing' })).diagnostics[0]!.code).toBe('schema.unknown-resource');
  });
});
