/**
 * The hostile-input audit of issue 13, kept as a property-test suite. Every
 * input goes to every entry point, and the promises of the README are
 * checked:
 *
 * - decoders (decodeXml, decodeXmlDocument, decodeJson, normalize) and
 *   encoders throw only UcwaError, with diagnostics of known codes; on text
 *   they never report `value.unreadable` (that would be an internal failure
 *   caught at the boundary), nor a stack overflow at a depth the ceiling allows;
 * - validate, validateXml, validateJson and validateExchange return a verdict
 *   (never throw), whose `valid` agrees with its diagnostics;
 * - Object.prototype is never changed, and every object a decoder returns is
 *   a plain object or array;
 * - output is bounded by the input: no more diagnostics than characters (and
 *   never more than the validation bound); cost is linear: the large-input
 *   properties run inputs of 50,000 repeated parts, which take about a second
 *   when every stage is linear and minutes when one is quadratic (as ajv's
 *   error concatenation and the anyOf filter were), far past their timeout.
 *
 * Inputs: random bytes and text, mutations of every fixture and example
 * (both forms), truncations at every offset of a few payloads, invalid UTF-8,
 * deep nesting under odd `maxDepth` values, and values built in code
 * (getters, Proxies, sparse arrays, cycles, huge strings, symbols, BigInt,
 * class instances, `Object.create(null)`).
 *
 * `npm test` runs a bounded number of cases (a few seconds); set
 * UCWA_FUZZ_RUNS (say 100000) for a long run, and UCWA_FUZZ_SEED to replay one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import * as ucwa from '../src/index.js';
import { DIAGNOSTIC_CODES, UcwaError, type Diagnostic, type ValidationResult } from '../src/index.js';
import { MAX_PROBLEMS } from '../src/validate/validators.js';

const LONG = Number(process.env.UCWA_FUZZ_RUNS) || 0;
/** Cases per property: a few seconds in all by default. */
const RUNS = LONG || 40;
const seed = process.env.UCWA_FUZZ_SEED === undefined ? {} : { seed: Number(process.env.UCWA_FUZZ_SEED) };
const params = (numRuns = RUNS) => ({ numRuns, ...seed });
/** A long run has no time limit, but for the cases of the linear-cost test, each of which keeps its own. */
const untimed = LONG ? { timeout: 0 } : {};

const NS = 'http://schemas.microsoft.com/rtc/2012/03/ucwa';
const root = fileURLToPath(new URL('..', import.meta.url));

/** Every XML and JSON payload of the fixtures and examples. */
function seeds(): Array<{ name: string; text: string; form: 'xml' | 'json' }> {
  const out: Array<{ name: string; text: string; form: 'xml' | 'json' }> = [];
  for (const dir of ['test/fixtures/codec', 'test/fixtures/wire', 'examples']) {
    for (const name of readdirSync(join(root, dir)).sort()) {
      const form = name.endsWith('.xml') ? 'xml' : name.endsWith('.json') ? 'json' : undefined;
      if (form) out.push({ name: `${dir}/${name}`, text: readFileSync(join(root, dir, name), 'utf8'), form });
    }
  }
  return out;
}
const SEEDS = seeds();

// ------------------------------------------------------------------ checks

const KNOWN = new Set(Object.keys(DIAGNOSTIC_CODES));
const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();

function checkDiagnostic(d: Diagnostic): void {
  expect(KNOWN.has(d.code), `unknown code ${d.code}`).toBe(true);
  expect(d.severity === 'error' || d.severity === 'warning').toBe(true);
  expect(typeof d.message).toBe('string');
  expect(typeof d.path).toBe('string');
}

/** Every object of a decoded value is a plain object or an array (no prototype was reached); walked without recursion. */
function checkPlain(value: unknown): void {
  const stack = [value];
  for (let seen = 0; stack.length && seen < 100_000; seen++) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) continue;
    const proto = Object.getPrototypeOf(v) as unknown;
    expect(proto === Object.prototype || proto === Array.prototype).toBe(true);
    for (const key of Object.keys(v)) stack.push((v as Record<string, unknown>)[key]);
  }
}

function checkPrototype(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

/**
 * A decoder or encoder: returns, or throws a UcwaError with known codes.
 * `text`: its input was text or bytes (the decoded value is then checked to be plain).
 */
function throwsOnlyUcwaError(run: () => unknown, size: number, text: boolean): void {
  let value: unknown;
  try {
    value = run();
  } catch (error) {
    if (!(error instanceof UcwaError)) throw new Error(`not a UcwaError: ${String(error)}`, { cause: error });
    expect(error.diagnostics.length).toBeGreaterThan(0);
    expect(error.diagnostics.length).toBeLessThanOrEqual(size + 1);
    for (const d of error.diagnostics) {
      checkDiagnostic(d);
      if (text) {
        expect(d.code, d.message).not.toBe('value.unreadable');
        expect(d.message).not.toMatch(/call stack/);
      }
    }
    return;
  }
  if (text && typeof value === 'object') checkPlain(value);
}

/** A validator: a verdict, never an exception. */
function verdict(run: () => ValidationResult, size: number, text: boolean): void {
  let result: ValidationResult;
  try {
    result = run();
  } catch (error) {
    throw new Error(`a validator threw: ${String(error)}`, { cause: error });
  }
  expect(typeof result.valid).toBe('boolean');
  expect(Array.isArray(result.diagnostics)).toBe(true);
  expect(result.valid).toBe(!result.diagnostics.some((d) => d.severity === 'error'));
  expect(result.diagnostics.length).toBeLessThanOrEqual(Math.min(size + 1, MAX_PROBLEMS + 1) + (text ? 0 : 1));
  for (const d of result.diagnostics) {
    checkDiagnostic(d);
    if (text) expect(d.code, d.message).not.toBe('value.unreadable');
  }
}

const CONTENT_TYPES = [
  'application/json',
  'application/xml',
  'application/vnd.microsoft.com.ucwa+xml',
  'application/vnd.microsoft.com.ucwa.events+json',
  'application/hal+json; charset=utf-16',
  'application/xml; charset=iso-8859-1',
  'application/json; charset=klingon',
  'multipart/batching; boundary=b',
  'multipart/batching',
  'text/plain',
  '',
];

const OPTIONS: Array<Record<string, unknown> | undefined> = [
  undefined,
  {},
  { strict: true },
  { maxDepth: 3 },
  { maxDepth: 0 },
  { maxDepth: -1 },
  { maxDepth: NaN },
  { maxDepth: 1e9 },
  { maxBytes: 10 },
  { maxBytes: 0 },
  { resource: 'Note' },
  { resource: 'noSuchType' },
  { resource: 'ApplicationsPostInput' },
  { charset: 'utf-16le' },
  { extra: { note: ['mood'] } },
];

/** Every entry point that takes a body, on one input. */
function everyBodyEntryPoint(input: string | Uint8Array, options: Record<string, unknown> | undefined, contentType: string): void {
  const size = input.length;
  throwsOnlyUcwaError(() => ucwa.decodeXml(input, options), size, true);
  throwsOnlyUcwaError(() => ucwa.decodeXmlDocument(input, { ...options, locations: true }).value, size, true);
  throwsOnlyUcwaError(() => ucwa.decodeJson(input, options), size, true);
  throwsOnlyUcwaError(() => ucwa.normalize(input, contentType, options), size, true);
  verdict(() => ucwa.validateXml(input, options), size, true);
  verdict(() => ucwa.validateJson(input, options), size, true);
  verdict(() => ucwa.validateExchange({ method: 'POST', url: '/ucwa/oauth/v1/applications', status: 201, requestHeaders: { 'Content-Type': contentType }, requestBody: input, responseHeaders: [{ name: 'Content-Type', value: contentType }], responseBody: input }), size * 2, true);
  if (typeof input === 'string') {
    throwsOnlyUcwaError(() => ucwa.splitBatch(input), size, true);
    throwsOnlyUcwaError(() => ucwa.parseHttpMessage(input), size, true);
  }
}

/** A value built in code, to the encoders and validate. */
function everyValueEntryPoint(value: unknown, options?: Record<string, unknown>): void {
  throwsOnlyUcwaError(() => ucwa.encodeXml(value, options), Infinity, false);
  throwsOnlyUcwaError(() => ucwa.encodeJson(value, options), Infinity, false);
  verdict(() => ucwa.validate(value, options), Infinity, false);
}

afterAll(checkPrototype);

// ------------------------------------------------------------------ inputs

const TOKENS = [
  '<', '>', '&', '&amp;', '&#0;', '&#x10FFFF;', '&#xD800;', '&lol;', ']]>', '<![CDATA[x]]>', '<!--', '-->', '<?pi x?>',
  '<!DOCTYPE r [<!ENTITY a "b">]>', '<?xml version="1.0" encoding="utf-16"?>', '<?xml version="1.1"?>', ' xmlns="urn:x"', ' xmlns:p="urn:y"',
  'p:', ' xsi:nil="true"', ` xmlns:c="https://ucwa-codec.dev/xml" c:type="number"`, ' c:empty="_links/x %zz"', ` xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"`,
  '\ufeff', '\u0000', '\u0001', '\ud800', '\udc00', '\uffff', '\u2028', '\r', '\r\n', '\t',
  '{', '}', '[', ']', ',', ':', '"', '\\', '\\u0000', '\\ud800', '"__proto__"', '__proto__', 'constructor', 'prototype',
  '1e999', '-0', '1e-400', '9007199254740993', 'true', 'null', 'True', 'fAlSe', '007', '/Date(99999999999999999)/', '"\\/Date(0)\\/"', '"\\/Date(-0+0100)\\/"',
  '<resource rel="x" href="/x">', '</resource>', '<property name="rel">', '<property name="x">', '</property>', '<propertyList name="x"><item>', '</item></propertyList>',
  '<link rel="self" href="/"/>', '<link rel="x"/>', '"_links":{"self":', '"_embedded":{"x":[', '"rel":', '"sender":[{"events":[',
];

const position = fc.double({ min: 0, max: 1, noNaN: true });
const insertion = fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 }));
type Mutation = (text: string) => string;
const at = (text: string, f: number) => Math.floor(f * text.length);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(position, insertion).map(([f, s]) => (t: string) => t.slice(0, at(t, f)) + s + t.slice(at(t, f))),
  fc.tuple(position, fc.integer({ min: 1, max: 40 })).map(([f, n]) => (t: string) => t.slice(0, at(t, f)) + t.slice(at(t, f) + n)),
  fc.tuple(position, fc.integer({ min: 1, max: 60 }), fc.integer({ min: 2, max: 30 })).map(([f, n, k]) => (t: string) => {
    const i = at(t, f);
    return t.slice(0, i) + t.slice(i, i + n).repeat(k) + t.slice(i);
  }),
  fc.tuple(position, position).map(([f, g]) => (t: string) => {
    const [i, j] = [at(t, Math.min(f, g)), at(t, Math.max(f, g))];
    return t.slice(j) + t.slice(i, j) + t.slice(0, i);
  }),
);
const mutatedBy = (most: number, least = 1) =>
  fc.tuple(fc.integer({ min: 0, max: SEEDS.length - 1 }), fc.array(mutation, { minLength: least, maxLength: most })).map(([i, ms]) => ms.reduce((t, m) => m(t), SEEDS[i]!.text));
const mutated = mutatedBy(6);

const INVALID_UTF8 = [[0xff], [0x80], [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xf4, 0x90, 0x80, 0x80], [0xef, 0xbb, 0xbf], [0xfe, 0xff], [0xff, 0xfe]];
const badBytes = fc.tuple(mutated, fc.array(fc.tuple(position, fc.constantFrom(...INVALID_UTF8)), { minLength: 1, maxLength: 4 })).map(([text, edits]) => {
  let bytes = Array.from(new TextEncoder().encode(text));
  for (const [f, seq] of edits) {
    const i = Math.floor(f * bytes.length);
    bytes = [...bytes.slice(0, i), ...seq, ...bytes.slice(i)];
  }
  return Uint8Array.from(bytes);
});

const nesting = fc.record({
  pattern: fc.constantFrom<[string, string]>(
    ['<resource rel="a" href="/a">', '</resource>'],
    ['<property name="p">', '</property>'],
    ['<propertyList name="p"><item>', '</item></propertyList>'],
    ['<reason>', '</reason>'],
    ['[', ']'],
    ['{"a":', '}'],
    ['{"rel":"distributionGroup","_embedded":{"distributionGroup":[', ']}}'],
  ),
  depth: fc.integer({ min: 0, max: 700 }),
  closed: fc.boolean(),
  head: fc.constantFrom(`<resource xmlns="${NS}" rel="distributionGroup" href="/g">`, `<events xmlns="${NS}"><sender rel="s" href="/s"><added rel="a" href="/a">`, `<input xmlns="${NS}">`, ''),
}).map(({ pattern: [open, close], depth, closed, head }) => {
  const xml = open.startsWith('<');
  const start = xml ? head : '';
  const end = xml ? (head.startsWith('<events') ? '</added></sender></events>' : head ? `</${head.slice(1, head.indexOf(' '))}>` : '') : '';
  return start + open.repeat(depth) + (closed ? (xml ? 'x' : '1') + close.repeat(depth) + end : '');
});

// ------------------------------------------------------------------ properties

describe('fuzz: text and bytes', () => {
  it('random bytes', untimed, () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), fc.constantFrom(...OPTIONS), fc.constantFrom(...CONTENT_TYPES), (bytes, options, type) => everyBodyEntryPoint(bytes, options, type)), params());
  });

  it('random text', untimed, () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom(...OPTIONS), fc.constantFrom(...CONTENT_TYPES), (text, options, type) => everyBodyEntryPoint(text, options, type)), params());
  });

  it(`mutations of the ${SEEDS.length} fixtures and examples, both forms`, untimed, () => {
    fc.assert(fc.property(mutated, fc.constantFrom(...OPTIONS), fc.constantFrom(...CONTENT_TYPES), (text, options, type) => everyBodyEntryPoint(text, options, type)), params(RUNS * 2));
  });

  it('invalid UTF-8 in mutated payloads', untimed, () => {
    fc.assert(fc.property(badBytes, fc.constantFrom(...OPTIONS), fc.constantFrom(...CONTENT_TYPES), (bytes, options, type) => everyBodyEntryPoint(bytes, options, type)), params());
  });

  it('deep nesting, closed or not, under odd maxDepth values', untimed, () => {
    fc.assert(fc.property(nesting, fc.constantFrom(...OPTIONS), (text, options) => everyBodyEntryPoint(text, options, text.startsWith('<') ? 'application/xml' : 'application/json')), params());
  });

  it('truncations at every offset of a few payloads', untimed, () => {
    const chosen = LONG ? SEEDS : SEEDS.filter((s) => /examples\/(note|error)\.(xml|json)$/.test(s.name));
    expect(chosen.length).toBeGreaterThan(0);
    for (const { text } of chosen) {
      for (let cut = 0; cut < text.length; cut++) {
        const prefix = text.slice(0, cut);
        throwsOnlyUcwaError(() => ucwa.decodeXml(prefix), cut, true);
        throwsOnlyUcwaError(() => ucwa.decodeJson(prefix), cut, true);
        verdict(() => ucwa.validateXml(prefix), cut, true);
        verdict(() => ucwa.validateJson(prefix), cut, true);
      }
    }
    checkPrototype();
  });
});

// Values built in code: a recipe drawn by fast-check, then built (getters and Proxies cannot be drawn directly).
type Recipe =
  | { kind: 'scalar'; value: unknown }
  | { kind: 'object'; entries: Array<[string, Recipe]>; nullProto: boolean; rel?: string }
  | { kind: 'array'; items: Recipe[]; length?: number }
  | { kind: 'getter'; name: string; inner: Recipe; throws: boolean }
  | { kind: 'proxy'; inner: Recipe; trap: 'none' | 'get' | 'ownKeys' | 'getPrototypeOf' | 'has' | 'revoked' }
  | { kind: 'cycle' }
  | { kind: 'special'; which: string };

const RELS = ['note', 'communication', 'myGroups', 'distributionGroup', 'contact', 'applications', 'zzUnknown'];
const scalarRecipe = fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined)).map((value): Recipe => ({ kind: 'scalar', value }));
const specialRecipe = fc.constantFrom('symbol', 'bigint', 'function', 'date', 'map', 'set', 'class', 'huge', 'proto', 'toJSON', 'typed', 'regexp', 'boxed').map((which): Recipe => ({ kind: 'special', which }));
const key = fc.oneof(fc.constantFrom('rel', 'message', 'type', '_links', '_embedded', 'self', 'href', 'group', 'supportedModalities', 'sender', 'events', 'code', 'name', 'uri'), fc.string({ maxLength: 5 }));
const { recipe } = fc.letrec<{ recipe: Recipe }>((tie) => ({
  recipe: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalarRecipe,
    specialRecipe,
    fc.constant<Recipe>({ kind: 'cycle' }),
    fc.record({ entries: fc.array(fc.tuple(key, tie('recipe')), { maxLength: 5 }), nullProto: fc.boolean(), rel: fc.option(fc.constantFrom(...RELS), { nil: undefined }) }).map((r): Recipe => ({ kind: 'object', ...r })),
    fc.record({ items: fc.array(tie('recipe'), { maxLength: 4 }), length: fc.oneof({ weight: 12, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom(5, 1000, 1e7, 2 ** 32 - 1) }) }).map((r): Recipe => ({ kind: 'array', ...r })),
    fc.record({ name: key, inner: tie('recipe'), throws: fc.boolean() }).map((r): Recipe => ({ kind: 'getter', ...r })),
    fc.record({ inner: tie('recipe'), trap: fc.constantFrom('none', 'get', 'ownKeys', 'getPrototypeOf', 'has', 'revoked') }).map((r) => ({ kind: 'proxy', ...r }) as Recipe),
  ),
}));

const boom = () => {
  throw new Error('trap');
};

function build(r: Recipe, ancestors: object[] = []): unknown {
  switch (r.kind) {
    case 'scalar':
      return r.value;
    case 'cycle':
      return ancestors.length ? ancestors[ancestors.length - 1] : {};
    case 'special':
      switch (r.which) {
        case 'symbol': return Symbol('s');
        case 'bigint': return 10n ** 30n;
        case 'function': return () => 1;
        case 'date': return new Date(0);
        case 'map': return new Map([['a', 1]]);
        case 'set': return new Set([1]);
        case 'class': return new (class Widget { rel = 'note'; message = 'm'; })();
        case 'huge': return 'x'.repeat(1 << 20);
        case 'proto': return Object.defineProperty({ rel: 'note' }, '__proto__', { value: { polluted: true }, enumerable: true });
        case 'toJSON': return { rel: 'note', toJSON: boom };
        case 'typed': return new Uint8Array(4);
        case 'regexp': return /x/g;
        default: return Object('boxed');
      }
    case 'object': {
      const out: Record<string, unknown> = r.nullProto ? (Object.create(null) as Record<string, unknown>) : {};
      if (r.rel) out.rel = r.rel;
      for (const [k, inner] of r.entries) Object.defineProperty(out, k, { value: build(inner, [...ancestors, out]), enumerable: true, writable: true, configurable: true });
      return out;
    }
    case 'array': {
      const out: unknown[] = [];
      r.items.forEach((inner, i) => (out[i] = build(inner, [...ancestors, out])));
      if (r.length !== undefined && r.length > out.length) out.length = r.length;
      return out;
    }
    case 'getter': {
      const target: Record<string, unknown> = {};
      const inner = build(r.inner, [...ancestors, target]);
      return Object.defineProperty(target, r.name, { get: r.throws ? boom : () => inner, enumerable: true });
    }
    case 'proxy': {
      const inner = build(r.inner, ancestors);
      const target = typeof inner === 'object' && inner !== null ? inner : { value: inner };
      if (r.trap === 'revoked') {
        const { proxy, revoke } = Proxy.revocable(target, {});
        revoke();
        return proxy;
      }
      return new Proxy(target, r.trap === 'none' ? {} : { [r.trap]: boom });
    }
  }
}

describe('fuzz: values built in code', () => {
  it('getters, Proxies, sparse arrays, cycles, huge strings, symbols, BigInt, class instances, Object.create(null)', untimed, () => {
    fc.assert(
      fc.property(recipe, fc.constantFrom<Record<string, unknown> | undefined>(undefined, { strict: true }, { maxDepth: 4 }, { resource: 'Note' }), (r, options) => {
        everyValueEntryPoint(build(r), options);
        everyValueEntryPoint({ rel: 'note', message: 'm', _links: { self: { href: '/n' } }, _embedded: { x: build(r) } }, options);
        checkPrototype();
      }),
      params(RUNS * 2),
    );
  });

  it('decoded values encode and validate, and encoding a decoded value gives it back', untimed, () => {
    fc.assert(
      // Few mutations: most of these documents still decode.
      fc.property(mutatedBy(1, 0), (text) => {
        for (const [decode, encode] of [[ucwa.decodeXml, ucwa.encodeXml], [ucwa.decodeJson, ucwa.encodeJson]] as const) {
          let value: unknown;
          try {
            value = decode(text);
          } catch {
            continue;
          }
          everyValueEntryPoint(value);
          let again: string;
          try {
            again = encode(value);
          } catch (error) {
            // A decoded value the encoder refuses: only what its form cannot carry (an XML name from a JSON key, a character).
            expect((error as UcwaError).diagnostics.every((d) => d.code === 'schema.type' || d.code === 'value.character')).toBe(true);
            continue;
          }
          expect(decode(again)).toEqual(value);
        }
      }),
      params(),
    );
  });
});

describe('fuzz: cost is linear in every dimension (50,000 repeated parts; quadratic would take minutes)', () => {
  const many = 50_000;
  /** A seed whose repeated part is a child element or a member, with mutations applied to the whole. */
  const large = fc.tuple(
    fc.constantFrom(
      (n: number) => `<resource rel="note" href="/n" xmlns="${NS}">${Array.from({ length: n }, (_, i) => `<property name="k${i}">v</property>`).join('')}</resource>`,
      (n: number) => `<resource rel="myGroups" href="/g" xmlns="${NS}">${'<resource rel="group" href="/g"><property name="name">g</property><property name="x">1</property></resource>'.repeat(n)}</resource>`,
      (n: number) => `<reason xmlns="${NS}"><code>BadRequest</code><parameters>${Array.from({ length: n }, (_, i) => `<property name="p${i}"><property name="q">1</property></property>`).join('')}</parameters></reason>`,
      (n: number) => `{"rel":"note",${Array.from({ length: n }, (_, i) => `"k${i}":${i}`).join(',')}}`,
      (n: number) => `{"rel":"communication","supportedModalities":[${'5,'.repeat(n)}"Audio"]}`,
      (n: number) => `{"rel":"myGroups","_embedded":{"group":[${'{"rel":"group","name":5,"x":[1]},'.repeat(n)}{}]}}`,
      (n: number) => `{"code":"BadRequest","parameters":{${Array.from({ length: n }, (_, i) => `"p${i}":${i}`).join(',')}}}`,
    ),
    fc.array(mutation, { maxLength: 2 }),
    fc.boolean(),
  );

  // One test per case, each with its own timeout: a linear pass over a case takes a few seconds at most.
  const cases = fc.sample(large, { numRuns: LONG ? Math.min(LONG, 50) : 1, ...seed });
  cases.forEach(([make, ms, strict], i) => {
    it(`large case ${i + 1} of ${cases.length}: every entry point`, { timeout: 60_000 }, () => {
      const text = ms.reduce((t, m) => m(t), make(many));
      const options: ucwa.ValidateOptions & Record<string, unknown> = { strict };
      throwsOnlyUcwaError(() => ucwa.decodeXml(text, options), text.length, true);
      throwsOnlyUcwaError(() => ucwa.decodeJson(text, options), text.length, true);
      verdict(() => ucwa.validateXml(text, options), text.length, true);
      verdict(() => ucwa.validateJson(text, options), text.length, true);
      let value: unknown;
      try {
        value = text.startsWith('<') ? ucwa.decodeXml(text) : ucwa.decodeJson(text);
      } catch {
        return;
      }
      everyValueEntryPoint(value, options);
    });
  });
});
