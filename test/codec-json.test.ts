/**
 * JSON side: the syntax locator agrees with JSON.parse on what is valid,
 * error positions, limits and date spelling.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UcwaError } from '../src/diagnostic.js';
import { decodeJson, encodeJson } from '../src/index.js';
import { syntaxErrorOffset } from '../src/json/syntax.js';

const parses = (t: string) => {
  try {
    JSON.parse(t);
    return true;
  } catch {
    return false;
  }
};

describe('syntaxErrorOffset', () => {
  it('says -1 exactly when JSON.parse accepts the text', () => {
    const valid = fc.jsonValue().map((v) => JSON.stringify(v, null, 1));
    const broken = fc.tuple(valid, fc.nat(), fc.constantFrom('', ',', ']', '}', '"', ':', 'x', '\\', '{', '[', ' ')).map(
      ([t, at, insert]) => t.slice(0, at % (t.length + 1)) + insert + t.slice(at % (t.length + 1) + (insert ? 0 : 1)),
    );
    fc.assert(
      fc.property(fc.oneof(valid, broken), (t) => {
        expect(syntaxErrorOffset(t) === -1).toBe(parses(t));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('decodeJson / encodeJson', () => {
  it('reports a syntax error with its line and column', () => {
    try {
      decodeJson('{\n  "rel": "note",\n  "message": "unterminated\n}');
      throw new Error('no error');
    } catch (e) {
      expect(e).toBeInstanceOf(UcwaError);
      expect((e as UcwaError).diagnostics[0]).toMatchObject({ code: 'json.syntax', line: 3, column: 27 });
    }
  });

  it('keeps __proto__ as an own property and skips a BOM', () => {
    const value = decodeJson('\ufeff{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('escapes the slashes of every UCWA date, including inside arrays and with an offset', () => {
    const text = encodeJson({ a: ['/Date(1)/', '/Date(-5+0200)/'], b: 'not /Date(1)/' }, { indent: 0 });
    expect(text).toBe('{"a":["\\/Date(1)\\/","\\/Date(-5+0200)\\/"],"b":"not /Date(1)/"}');
    expect(decodeJson(text)).toEqual({ a: ['/Date(1)/', '/Date(-5+0200)/'], b: 'not /Date(1)/' });
  });

  it('refuses values JSON cannot carry', () => {
    expect(() => encodeJson(undefined)).toThrow(UcwaError);
    expect(() => encodeJson({ n: 1n })).toThrow(UcwaError);
  });
});

describe('encodeJson refuses what JSON cannot carry', () => {
  it.each([
    ['a function', { rel: 'note', message: () => 'x' }, '`message` is a function'],
    ['a symbol', { rel: 'note', message: Symbol('x') }, '`message` is a symbol'],
    ['NaN', { rel: 'note', count: Number.NaN }, '`count` is NaN'],
    ['undefined in a list', { rel: 'note', tags: ['a', undefined] }, '`1` is undefined'],
  ])('%s is a schema.type error, not a silent loss', (_name, value, message) => {
    let error: unknown;
    try {
      encodeJson(value);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UcwaError);
    expect((error as UcwaError).diagnostics[0]).toMatchObject({ code: 'schema.type' });
    expect((error as UcwaError).message).toContain(message);
  });

  it('leaves out undefined properties, as optional ones are', () => {
    expect(JSON.parse(encodeJson({ rel: 'note', message: undefined }))).toEqual({ rel: 'note' });
  });
});
