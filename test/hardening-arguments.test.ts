/**
 * Issue 13, items 7 and 10: the public surface under wrong-typed arguments
 * and values built in code. Every function src/index.ts exports is in the
 * table below (a new export without a row fails), called with every
 * wrong type in each argument position: decoders, encoders and helpers
 * throw a UcwaError with a diagnostic, validators return a verdict, and
 * nothing throws a TypeError.
 */
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { UcwaError, type ValidationResult } from '../src/index.js';

const NS = 'http://schemas.microsoft.com/rtc/2012/03/ucwa';
const NOTE_XML = `<resource rel="note" href="/n" xmlns="${NS}"><property name="message">hi</property></resource>`;
const NOTE_JSON = '{"rel":"note","message":"hi","_links":{"self":{"href":"/n"}}}';
const NOTE = JSON.parse(NOTE_JSON) as Record<string, unknown>;

const throwing = () => {
  throw new Error('getter says no');
};
/** A Proxy whose every trap throws: reading it in any way is an exception. */
const hostile = new Proxy({}, { get: throwing, has: throwing, ownKeys: throwing, getPrototypeOf: throwing, getOwnPropertyDescriptor: throwing });
const revoked = Proxy.revocable({}, {});
revoked.revoke();

/** Values of every type; each row takes out the types its position accepts. */
const ANY: Array<[string, unknown]> = [
  ['undefined', undefined],
  ['null', null],
  ['a number', 42],
  ['NaN', NaN],
  ['a boolean', true],
  ['a string', 'text'],
  ['a symbol', Symbol('s')],
  ['a BigInt', 10n],
  ['an object', {}],
  ['an array', []],
  ['a function', () => 1],
  ['bytes', new Uint8Array([0x7b, 0x7d])],
  ['a Proxy whose traps throw', hostile],
  ['a revoked Proxy', revoked.proxy],
  ['Object.create(null)', Object.create(null)],
  ['a class instance', new (class Thing {})()],
  ['a Date', new Date(0)],
];

type Kind = 'throws' | 'verdict' | 'value';
interface Row {
  kind: Kind;
  /** A valid call; each argument in turn is replaced by the values of ANY its `accepts` does not list. */
  args: unknown[];
  accepts: Array<(value: unknown) => boolean>;
}

const proxies: unknown[] = [hostile, revoked.proxy];
const isText = (v: unknown) => typeof v === 'string';
const isBody = (v: unknown) => typeof v === 'string' || (!proxies.includes(v) && v instanceof Uint8Array);
/** Options (and an exchange) are any object but an array: a Date or bytes simply have no option set. */
const isOptions = (v: unknown) => v === undefined || (typeof v === 'object' && v !== null && !proxies.includes(v) && !Array.isArray(v));
const isContentType = (v: unknown) => v === undefined || v === null || typeof v === 'string';
const anything = () => true;

/** Every function of the public API. `value`: returns a value (the error helpers). */
const TABLE: Record<string, Row> = {
  decodeXml: { kind: 'throws', args: [NOTE_XML, {}], accepts: [isBody, isOptions] },
  decodeXmlDocument: { kind: 'throws', args: [NOTE_XML, {}], accepts: [isBody, isOptions] },
  encodeXml: { kind: 'throws', args: [NOTE, {}], accepts: [anything, isOptions] },
  decodeJson: { kind: 'throws', args: [NOTE_JSON, {}], accepts: [isBody, isOptions] },
  encodeJson: { kind: 'throws', args: [NOTE, {}], accepts: [anything, isOptions] },
  normalize: { kind: 'throws', args: [NOTE_JSON, 'application/json', {}], accepts: [isBody, isContentType, isOptions] },
  classifyContentType: { kind: 'throws', args: ['application/json'], accepts: [isContentType] },
  parseHttpMessage: { kind: 'throws', args: ['HTTP/1.1 204 No Content\n\n'], accepts: [isText] },
  headerValue: { kind: 'throws', args: [[{ name: 'A', value: 'b' }], 'a'], accepts: [(v) => !proxies.includes(v) && Array.isArray(v), isText] },
  splitBatch: { kind: 'throws', args: ['--b\n\nGET /x HTTP/1.1\n\n--b--\n', 'b'], accepts: [isText, (v) => v === undefined || isText(v)] },
  batchBoundary: { kind: 'throws', args: ['multipart/batching; boundary=b'], accepts: [isText] },
  validate: { kind: 'verdict', args: [NOTE, {}], accepts: [anything, isOptions] },
  validateXml: { kind: 'verdict', args: [NOTE_XML, {}], accepts: [isBody, isOptions] },
  validateJson: { kind: 'verdict', args: [NOTE_JSON, {}], accepts: [isBody, isOptions] },
  validateExchange: { kind: 'verdict', args: [{ method: 'GET', url: '/n', status: 200 }, {}], accepts: [isOptions, isOptions] },
  isResource: { kind: 'value', args: [NOTE, 'note'], accepts: [anything, anything] },
  example: { kind: 'throws', args: ['note', {}], accepts: [isText, isOptions] },
  exampleTypes: { kind: 'value', args: [], accepts: [] },
  NoExampleError: { kind: 'value', args: ['m'], accepts: [anything] },
  diagnostic: { kind: 'value', args: ['schema.type', 'm', {}, 'error'], accepts: [anything, anything, anything, anything] },
  UcwaError: { kind: 'value', args: [[]], accepts: [anything] },
};

/** What a call did: 'returned', 'UcwaError <codes>', or the bare exception. */
function outcome(fn: (...args: unknown[]) => unknown, args: unknown[], construct: boolean): { returned?: unknown; codes?: string[]; bare?: unknown } {
  try {
    return { returned: construct ? new (fn as unknown as new (...a: unknown[]) => unknown)(...args) : fn(...args) };
  } catch (error) {
    if (error instanceof UcwaError) return { codes: error.diagnostics.map((d) => d.code) };
    return { bare: error };
  }
}

describe('every exported function, given arguments of the wrong type', () => {
  const functions = Object.entries(api).filter(([, v]) => typeof v === 'function');

  it('is in the table (a new export needs a row)', () => {
    expect(functions.map(([name]) => name).sort()).toEqual(Object.keys(TABLE).sort());
  });

  for (const [name, row] of Object.entries(TABLE)) {
    it(`${name}: ${row.kind === 'throws' ? 'a UcwaError with input.argument or value.unreadable' : row.kind === 'verdict' ? 'a verdict' : 'a value'}, never a TypeError`, () => {
      const fn = (api as unknown as Record<string, (...args: unknown[]) => unknown>)[name]!;
      const construct = name === 'UcwaError' || name === 'NoExampleError';
      // The valid call works.
      expect(outcome(fn, row.args, construct).bare).toBeUndefined();
      let tried = 0;
      row.args.forEach((_, position) => {
        for (const [what, wrong] of ANY) {
          if (row.accepts[position]!(wrong)) continue;
          tried++;
          const args = [...row.args];
          args[position] = wrong;
          const got = outcome(fn, args, construct);
          const label = `${name} with ${what} as argument ${position + 1}`;
          expect(got.bare, label).toBeUndefined();
          if (row.kind === 'throws') {
            expect(got.codes, label).toEqual([expect.stringMatching(/^(input\.argument|value\.unreadable)$/)]);
          } else if (row.kind === 'verdict') {
            const verdict = got.returned as ValidationResult;
            expect(verdict.valid, label).toBe(false);
            expect(verdict.diagnostics.map((d) => d.code), label).toEqual([expect.stringMatching(/^(input\.argument|value\.unreadable)$/)]);
          }
        }
      });
      if (row.kind !== 'value') expect(tried).toBeGreaterThan(5);
    });
  }

  it('names the argument and the type it got', () => {
    const message = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as UcwaError).diagnostics[0]!.message;
      }
      return 'no error';
    };
    expect(message(() => api.normalize('{}', {} as string))).toBe('The Content-Type must be a string, not an object.');
    expect(message(() => api.decodeXml(42 as unknown as string))).toBe('The input must be a string or bytes (Uint8Array), not a number.');
    expect(message(() => api.decodeJson('{}', { maxDepth: '5' } as never))).toBe('The option `maxDepth` must be a number, not a string.');
    expect(message(() => api.encodeXml(NOTE, { resource: 5 } as never))).toBe('The option `resource` must be a string, not a number.');
    expect(api.validate(NOTE, { strict: 'yes' } as never).diagnostics[0]!.message).toBe('The option `strict` must be a boolean, not a string.');
    expect(api.validateExchange({ method: 5, requestHeaders: [{ name: 1 }] } as never).diagnostics.map((d) => [d.path, d.code])).toEqual([
      ['/method', 'input.argument'],
      ['/requestHeaders', 'input.argument'],
    ]);
  });
});

describe('values built in code (item 7): getters and Proxies', () => {
  /** [what, value, whether reading it throws] */
  const values: Array<[string, unknown, boolean]> = [
    ['a throwing getter at the root', Object.defineProperty({ rel: 'note' }, 'message', { get: throwing, enumerable: true }), true],
    ['a throwing getter for rel', Object.defineProperty({}, 'rel', { get: throwing, enumerable: true }), true],
    ['a throwing getter deep inside', { rel: 'note', _links: { self: Object.defineProperty({}, 'href', { get: throwing, enumerable: true }) } }, true],
    ['a Proxy whose traps throw', hostile, true],
    ['a Proxy inside', { rel: 'note', message: 'x', _embedded: { a: hostile } }, true],
    ['a revoked Proxy inside', { rel: 'note', _links: revoked.proxy }, true],
    ['a Proxy that lies about its keys', new Proxy({ rel: 'note' }, { ownKeys: () => ['rel', 'ghost'] }), false],
    ['toJSON that throws (JSON.stringify calls it)', { rel: 'note', message: 'x', toJSON: throwing }, false],
  ];

  it.each(values)('%s: validate gives a verdict, the encoders a UcwaError (or text)', (_, value, throws) => {
    const verdict = api.validate(value);
    expect(typeof verdict.valid).toBe('boolean');
    if (throws) expect(verdict.diagnostics.map((d) => d.code)).toEqual(['value.unreadable']);
    for (const encode of [api.encodeXml, api.encodeJson]) {
      const got = outcome(encode as (...a: unknown[]) => unknown, [value], false);
      expect(got.bare).toBeUndefined();
      if (throws) expect(got.codes).toEqual(['value.unreadable']);
    }
  });

  it('says what threw', () => {
    const verdict = api.validate(values[0]![1]);
    expect(verdict.diagnostics).toEqual([expect.objectContaining({ code: 'value.unreadable', message: 'A value given could not be read: getter says no.' })]);
  });
});
