/**
 * Hostile and broken input: every case must come back as diagnostics from
 * validateXml and validateJson: never an exception, a hang or a crash.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { validate, validateJson, validateXml, type ValidationResult } from '../src/index.js';

const NS = 'http://schemas.microsoft.com/rtc/2012/03/ucwa';
const encode = (s: string) => new TextEncoder().encode(s);

type Input = string | Uint8Array;
type Validator = (input: Input, options?: { maxBytes?: number; maxDepth?: number; strict?: boolean }) => ValidationResult;

/** Runs a validator and fails the test (rather than crashing) if it throws. */
function run(validate: Validator, input: Input, options?: Parameters<Validator>[1]): ValidationResult {
  let r: ValidationResult | undefined;
  expect(() => {
    r = validate(input, options);
  }).not.toThrow();
  expect(Array.isArray(r!.diagnostics)).toBe(true);
  return r!;
}

const codes = (r: ValidationResult) => r.diagnostics.map((d) => d.code);

/** Rejected with exactly this first code, an error, and a usable message. */
function rejected(r: ValidationResult, code: string): void {
  expect(r.valid).toBe(false);
  expect(r.diagnostics[0]).toMatchObject({ severity: 'error', code, message: expect.stringMatching(/\w/) });
}

const forms: { name: string; validate: Validator }[] = [
  { name: 'validateXml', validate: validateXml },
  { name: 'validateJson', validate: validateJson },
];

const garbageBytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
const garbageText = Array.from({ length: 2048 }, (_, i) => String.fromCharCode((i * 40503) % 0xd7ff)).join('');

describe.each(forms)('$name on bad input', ({ name, validate }) => {
  const xml = name === 'validateXml';

  it('empty input and whitespace only: input.empty', () => {
    for (const input of ['', '   \n\t ', encode('')]) rejected(run(validate, input), 'input.empty');
  });

  it('binary garbage: input.encoding for bytes, a syntax error for text', () => {
    const bytes = run(validate, garbageBytes);
    rejected(bytes, 'input.encoding');
    expect(bytes.diagnostics[0]).toMatchObject({ line: expect.any(Number), column: expect.any(Number) });
    rejected(run(validate, garbageText), xml ? 'xml.malformed' : 'json.syntax');
  });

  it('invalid UTF-8 bytes: input.encoding at the first bad byte', () => {
    const body = xml ? `<resource rel="note" href="/n" xmlns="${NS}">\n<property name="message">` : '{\n  "rel": "note", "message": "';
    const bytes = new Uint8Array([...encode(body), 0x61, 0xc3, 0x28, ...encode(xml ? '</property></resource>' : '"}')]);
    const r = run(validate, bytes);
    rejected(r, 'input.encoding');
    const lastLine = body.split('\n').at(-1)!;
    expect(r.diagnostics[0]).toMatchObject({ line: 2, column: lastLine.length + 2 });
  });

  it('truncated documents: a syntax error with a position', () => {
    const full = xml
      ? `<resource rel="note" href="/n" xmlns="${NS}">\n  <property name="message">hi</property>\n</resource>`
      : '{\n  "rel": "note",\n  "message": "hi"\n}';
    for (const cut of [1, 10, full.length / 2, full.length - 1]) {
      const r = run(validate, full.slice(0, cut));
      rejected(r, xml ? 'xml.malformed' : 'json.syntax');
      expect(r.diagnostics[0]!.line).toEqual(expect.any(Number));
    }
  });

  it('DOCTYPE with entities (billion laughs, external entity): rejected, nothing expanded or read', () => {
    const laughs =
      '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n' +
      Array.from({ length: 9 }, (_, i) => ` <!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('\n') +
      `\n]>\n<resource rel="note" href="/n" xmlns="${NS}"><property name="message">&lol9;</property></resource>`;
    const external =
      '<?xml version="1.0"?>\n<!DOCTYPE r [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n' +
      `<resource rel="note" href="/n" xmlns="${NS}"><property name="message">&xxe;</property></resource>`;
    for (const doc of [laughs, external]) {
      const r = run(validate, doc);
      rejected(r, xml ? 'xml.doctype' : 'json.syntax');
      expect(JSON.stringify(r)).not.toMatch(/root:|lollollol/);
    }
  });

  it('100,000 levels of nesting: input.too-deep', () => {
    const deep = xml
      ? `<resource rel="note" href="/n" xmlns="${NS}">` + '<resource rel="x" href="/x">'.repeat(100_000) + '</resource>'.repeat(100_001)
      : '['.repeat(100_000) + ']'.repeat(100_000);
    rejected(run(validate, deep), 'input.too-deep');
    if (!xml) rejected(run(validate, '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000)), 'input.too-deep');
  });

  describe('a 50 MB document', () => {
    const size = 50 * 1024 * 1024;
    const doc = xml
      ? `<resource rel="note" href="/n" xmlns="${NS}"><property name="message">${'a'.repeat(size)}</property></resource>`
      : `{"rel":"note","message":"${'a'.repeat(size)}"}`;

    it('is refused under the default limit: input.too-large', () => {
      rejected(run(validate, doc), 'input.too-large');
      rejected(run(validate, encode(doc.slice(0, 17 * 1024 * 1024))), 'input.too-large');
    });

    it('is processed with a raised maxBytes', () => {
      expect(run(validate, doc, { maxBytes: 64 * 1024 * 1024 })).toEqual({ valid: true, diagnostics: [], resource: 'Note', inferred: false });
    }, 60_000);
  });

  describe('__proto__, constructor and prototype as names', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    afterAll(() => {
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    const names = ['__proto__', 'constructor', 'prototype'];
    for (const bad of names) {
      it(`\`${bad}\` as property, link and embedded name: value.forbidden-name, no pollution`, () => {
        const doc = xml
          ? [
              `<resource rel="note" href="/n" xmlns="${NS}">`,
              `  <link rel="${bad}" href="/l"/>`,
              `  <property name="${bad}">polluted</property>`,
              `  <resource rel="${bad}" href="/e">`,
              '    <property name="polluted">yes</property>',
              '  </resource>',
              '</resource>',
            ].join('\n')
          : [
              '{',
              `  "rel": "note",`,
              `  "${bad}": { "polluted": "yes" },`,
              `  "_links": { "${bad}": { "href": "/l" } },`,
              `  "_embedded": { "${bad}": { "polluted": "yes" } }`,
              '}',
            ].join('\n');
        for (const strict of [false, true]) {
          const r = run(validate, doc, { strict });
          expect(r.valid).toBe(false);
          const forbidden = r.diagnostics.filter((d) => d.code === 'value.forbidden-name');
          expect(forbidden.map((d) => d.path).sort()).toEqual([`/${bad}`, `/_embedded/${bad}`, `/_links/${bad}`].sort());
          for (const d of forbidden) {
            expect(d.severity).toBe('error');
            expect(d.message).toContain(`\`${bad}\``);
            expect(d.line).toBeGreaterThan(1);
          }
        }
      });
    }
  });

  it('a UTF-8 byte order mark is accepted, as text and as bytes', () => {
    const doc = xml
      ? `\ufeff<?xml version="1.0" encoding="utf-8"?>\n<resource rel="note" href="/n" xmlns="${NS}"><property name="message">hi</property></resource>`
      : '\ufeff{"rel": "note", "message": "hi"}';
    expect(run(validate, doc)).toEqual({ valid: true, diagnostics: [], resource: 'Note', inferred: false });
    expect(run(validate, encode(doc))).toEqual({ valid: true, diagnostics: [], resource: 'Note', inferred: false });
  });

  it('wrong namespace, unknown root element, a root that is no resource', () => {
    if (xml) {
      rejected(run(validate, '<resource rel="note" href="/n" xmlns="urn:not-ucwa"/>'), 'xml.namespace');
      rejected(run(validate, `<html xmlns="${NS}"><body/></html>`), 'xml.unexpected-element');
      rejected(run(validate, `<resource rel="zzUnknown" href="/z" xmlns="${NS}"/>`), 'schema.unknown-resource');
    } else {
      for (const root of ['[]', '"text"', '42', 'null', '{"rel": "zzUnknown"}', '{"rel": 5}']) {
        rejected(run(validate, root), 'schema.unknown-resource');
      }
    }
  });

  it('an unknown resource option', () => {
    const doc = xml ? `<resource rel="note" href="/n" xmlns="${NS}"/>` : '{"rel":"note"}';
    rejected(run(validate, doc, { resource: 'zzNoSuchType' } as never), 'schema.unknown-resource');
  });
});

describe('values built in code', () => {
  it('a value nesting 100,000 arrays deep gives input.too-deep, not a RangeError', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const result = validate({ rel: 'note', message: deep });
    expect(result.valid).toBe(false);
    expect(result.diagnostics.map((d) => d.code)).toContain('input.too-deep');
  });
});
