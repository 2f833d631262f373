/**
 * encodeJson writes plain data with JSON.stringify alone and takes the
 * checked path (a replacer that refuses what JSON cannot carry) for the
 * rest (issue 14): both must give what the checked path alone gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeJson, UcwaError } from '../src/index.js';

/** The checked path alone: what encodeJson wrote before it had a fast path. */
function checkedOnly(value: unknown): string {
  const text = JSON.stringify(value, function (this: unknown, key: string, v: unknown) {
    const bad = typeof v === 'function' || typeof v === 'symbol' || (v === undefined && Array.isArray(this)) || (typeof v === 'number' && !Number.isFinite(v));
    if (bad) throw new Error(key);
    return v;
  }, 2);
  return text.replace(/"\/Date\((-?\d+(?:[+-]\d{4})?)\)\/"/g, '"\\/Date($1)\\/"');
}

const poison = fc.constantFrom<unknown>(() => 1, Symbol('s'), Number.NaN, Infinity, undefined, { toJSON: () => 'x' }, new Date(0), 'plain', '/Date(1371023234000)/');
const values = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 2 }),
    poison,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 4 }), tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('encodeJson fast path', () => {
  it('writes what the checked path writes, and fails where it fails', () => {
    fc.assert(fc.property(values, (value) => {
      let expected: string | undefined;
      try {
        expected = checkedOnly(value);
      } catch {
        expected = undefined;
      }
      if (expected === undefined) {
        expect(() => encodeJson(value)).toThrow(UcwaError);
      } else {
        expect(encodeJson(value)).toBe(expected);
      }
    }), { numRuns: 300 });
  });

  it('names the member JSON cannot carry', () => {
    expect(() => encodeJson({ a: [1, { b: () => 1 }] })).toThrow(/`b` is a function/);
    expect(() => encodeJson({ a: [1, undefined] })).toThrow(/`1` is undefined/);
    expect(() => encodeJson({ n: Number.NaN })).toThrow(/`n` is NaN/);
    expect(encodeJson({ a: undefined, d: new Date(0) }, { indent: 0 })).toBe('{"d":"1970-01-01T00:00:00.000Z"}');
  });
});
