/**
 * Issue 13, item 11: JSON -> XML -> JSON keeps booleans, numbers and empty
 * objects where the model gives no type (rels it does not know, properties
 * it does not declare, text properties), through the codec's `codec:type`
 * attribute (src/xml/typed.ts). XML without the attribute (from a server)
 * keeps such values as text, as before.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeXml, encodeXml, UcwaError } from '../src/index.js';
import { trickyString } from './support/arbitrary.js';

const NS = 'http://schemas.microsoft.com/rtc/2012/03/ucwa';
const CODEC = 'https://ucwa-codec.dev/xml';

/** JSON's view: -0 is 0, as JSON writes it. */
const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;
const roundTrip = (v: unknown, resource?: string) => decodeXml(encodeXml(v, resource ? { resource } : {}), resource ? { resource } : {});

/** Scalars and bags of every JSON type; names prefixed so that none is `rel`, `_links` or `_embedded`. */
const scalar = fc.oneof(fc.boolean(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), trickyString, fc.constant(null));
const name = fc.string({ minLength: 1, maxLength: 6 }).map((s) => `p${s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/g, '')}`);
const { bag } = fc.letrec<{ bag: Record<string, unknown>; value: unknown }>((tie) => ({
  bag: fc.dictionary(name, tie('value'), { maxKeys: 4 }) as fc.Arbitrary<Record<string, unknown>>,
  value: fc.oneof({ depthSize: 'small' }, scalar, fc.array(fc.oneof(scalar, tie('bag')), { maxLength: 3 }), tie('bag')),
}));

/** Values the XML form can carry at all: no character XML 1.0 forbids (test/xml-encode-chars.test.ts). */
function writable(v: unknown): boolean {
  try {
    encodeXml(v);
    return true;
  } catch (error) {
    if (error instanceof UcwaError && error.diagnostics.every((d) => d.code === 'value.character')) return false;
    throw error;
  }
}

describe('JSON types where the model gives none, through XML', () => {
  it('a rel the model does not know: every property comes back with its JSON type', () => {
    fc.assert(
      fc.property(bag, (properties) => {
        const value = { rel: 'zzNotInTheModel', ...properties, _links: { self: { href: '/z' } } };
        fc.pre(writable(value));
        expect(roundTrip(value)).toEqual(json(value));
      }),
      { numRuns: 300 },
    );
  });

  it('properties a known resource does not declare, in a note and in a request body', () => {
    fc.assert(
      fc.property(bag, (properties) => {
        const note = { rel: 'note', message: 'hi', ...properties };
        fc.pre(writable(note));
        expect(roundTrip(note)).toEqual(json(note));
        const input = { culture: 'en-US', endpointId: 'e', userAgent: 'u', ...properties };
        expect(roundTrip(input, 'ApplicationsPostInput')).toEqual(json(input));
      }),
      { numRuns: 200 },
    );
  });

  it('the leaves of an error body', () => {
    const error = { code: 'BadRequest', subcode: 'None', message: 'm', retryAfter: 5, transient: true, detail: {} };
    expect(roundTrip(error)).toEqual(error);
  });

  it('the issue\'s case: anonymous: true stays true', () => {
    const value = { rel: 'zzUnknown', anonymous: true, count: 2, ratio: 0.5, none: {}, list: [1, false, 'x', {}], _links: { self: { href: '/z' } } };
    const xml = encodeXml(value);
    expect(xml).toContain(`<property name="anonymous" xmlns:codec="${CODEC}" codec:type="boolean">True</property>`);
    expect(xml).toContain(`<property name="none" xmlns:codec="${CODEC}" codec:type="object"/>`);
    expect(decodeXml(xml)).toEqual(value);
  });

  it('is written only where the model does not type the value', () => {
    // note.message is text, communication's lists are enumerations, applications POST has no booleans: use an event-free typed place.
    const xml = encodeXml({ rel: 'note', message: 'x', type: 'Personal', _links: { self: { href: '/n' } } });
    expect(xml).not.toContain('codec:type');
  });

  it('XML without the attribute (from a server) keeps untyped values as text', () => {
    const xml = `<resource rel="zzUnknown" href="/z" xmlns="${NS}"><property name="anonymous">True</property><property name="count">5</property><property name="none"/></resource>`;
    expect(decodeXml(xml)).toEqual({ rel: 'zzUnknown', anonymous: 'True', count: '5', none: '', _links: { self: { href: '/z' } } });
  });

  it('a recorded type the text does not fit, or an unknown one, is an error at the element', () => {
    const doc = (type: string, text: string) =>
      `<resource rel="zzUnknown" href="/z" xmlns="${NS}" xmlns:c="${CODEC}">\n<property name="x" c:type="${type}">${text}</property></resource>`;
    const first = (xml: string) => {
      try {
        decodeXml(xml);
        return 'ok';
      } catch (error) {
        const d = (error as UcwaError).diagnostics[0]!;
        return `${d.code} ${d.path} ${d.line}`;
      }
    };
    expect(first(doc('boolean', 'yes'))).toBe('value.boolean /x 2');
    expect(first(doc('number', 'many'))).toBe('value.integer /x 2');
    expect(first(doc('date', '1'))).toBe('xml.unexpected-element /x 2');
    expect(first(doc('number', ' 12.5 '))).toBe('ok');
  });
});
