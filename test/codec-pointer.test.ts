/** JSON pointers (src/codec/pointer.ts), the one implementation every layer uses. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapePointer, pointerAncestors, splitPointer } from '../src/codec/pointer.js';

describe('JSON pointers', () => {
  it.each([
    ['a', 'a'],
    ['a/b', 'a~1b'],
    ['m~n', 'm~0n'],
    ['~/', '~0~1'],
    ['', ''],
  ])('escapes %j as %j', (segment, escaped) => {
    expect(escapePointer(segment)).toBe(escaped);
  });

  it('splits what it escapes, for any segments', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 })), (segments) => {
        expect(splitPointer(segments.map((s) => `/${escapePointer(s)}`).join(''))).toEqual(segments);
      }),
    );
  });

  it('lists a pointer and its ancestors, nearest first, segments as written', () => {
    expect(pointerAncestors('')).toEqual(['']);
    expect(pointerAncestors('/a')).toEqual(['/a', '']);
    expect(pointerAncestors('/a~1b/0/')).toEqual(['/a~1b/0/', '/a~1b/0', '/a~1b', '']);
  });
});
