/**
 * jsonPreview: the start of JSON.stringify's text, computed only up to the
 * cut (messages show values with it; stringifying whole values made one
 * sparse array of length 2^32 - 1 take minutes in `validate`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPreview } from '../src/codec/preview.js';
import { validate } from '../src/index.js';

/** What jsonPreview must give: JSON.stringify, cut. */
function expected(value: unknown, limit: number): string | undefined {
  const text = JSON.stringify(value);
  if (text === undefined) return undefined;
  return text.length > limit ? `${text.slice(0, limit - 3)}...` : text;
}

const sparse = (length: number, ...items: unknown[]) => {
  const a = [...items];
  a.length = length;
  return a;
};

describe('jsonPreview', () => {
  const rows: Array<[string, unknown]> = [
    ['a short string', 'abc'],
    ['a long string', 'x'.repeat(500)],
    ['escapes', 'a"b\\c\n\u0001\u2028'],
    ['a surrogate pair at the cut', `${'a'.repeat(59)}😀${'b'.repeat(10)}`],
    ['a lone surrogate', '\ud800x'],
    ['numbers', [0, -0, 1e21, 1.5, NaN, Infinity, -Infinity]],
    ['booleans and null', [true, false, null]],
    ['holes, undefined, functions and symbols in an array', [1, , undefined, () => 1, Symbol('s'), 2]], // eslint-disable-line no-sparse-arrays
    ['undefined, functions and symbols in an object', { a: undefined, b: () => 1, c: Symbol('s'), d: 1 }],
    ['toJSON and dates', { when: new Date(0), custom: { toJSON: () => ['x'] } }],
    ['boxed primitives', [Object('s'), Object(1), Object(true)]],
    ['a Map, a Set, a class instance', [new Map([['a', 1]]), new Set([1]), new (class { a = 1; })()]],
    ['a typed array', new Uint8Array(3)],
    ['nested', { rel: 'note', _links: { self: { href: '/n' } }, list: [[1, [2, [3]]], { a: { b: { c: {} } } }] }],
    ['many keys', Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, i]))],
    ['a key that needs escapes', { 'a"\n': 1 }],
    ['a long key', { ['k'.repeat(200)]: 1 }],
  ];
  it.each(rows)('agrees with JSON.stringify, cut: %s', (_, value) => {
    for (const limit of [10, 60, 80, 10_000]) expect(jsonPreview(value, limit)).toBe(expected(value, limit));
  });

  it('writes nothing where JSON.stringify writes nothing', () => {
    for (const value of [undefined, () => 1, Symbol('s')]) expect(jsonPreview(value, 60)).toBeUndefined();
  });

  it('throws where JSON.stringify throws: a cycle, a BigInt', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => jsonPreview(cyclic, 60)).toThrow(TypeError);
    expect(() => jsonPreview([1, 2n], 60)).toThrow(TypeError);
  });

  it('agrees with JSON.stringify on generated JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 4, max: 120 }), (value, limit) => {
        expect(jsonPreview(value, limit)).toBe(expected(value, limit));
      }),
    );
  });

  it('costs what it shows, not the size of the value: sparse arrays of any length', () => {
    const huge = sparse(2 ** 32 - 1, 1);
    expect(jsonPreview(huge, 60)).toBe(expected(sparse(100, 1), 60));
    const cyclic = sparse(2 ** 32 - 1);
    cyclic[0] = cyclic;
    expect(() => jsonPreview(cyclic, 60)).toThrow(TypeError);
  });
});

describe('messages show values without walking them whole (fuzz finds of issue 13)', () => {
  const cyclic = sparse(2 ** 32 - 1);
  cyclic[0] = cyclic;
  const rows: Array<[string, unknown]> = [
    ['a sparse array of length 2^32 - 1 with one item', sparse(2 ** 32 - 1, 1)],
    ['a sparse array of length 2^32 - 1 holding itself', cyclic],
    ['a sparse array of length 2^32 - 1 holding a function', sparse(2 ** 32 - 1, () => 1)],
    ['a value of 200,000 keys', Object.fromEntries(Array.from({ length: 2e5 }, (_, i) => [`k${i}`, i]))],
  ];
  it.each(rows)('validate answers at once: %s', (_, value) => {
    for (const options of [undefined, { resource: 'Note' }, { strict: true }]) {
      const result = validate(value, options);
      expect(result.valid).toBe(false);
      for (const d of result.diagnostics) expect(d.message.length).toBeLessThan(400);
    }
  });
});
