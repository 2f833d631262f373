import { describe, expect, it } from 'vitest';
import { differences, twinDiagnostics } from '../src/check/diff.js';

describe('differences', () => {
  it('finds nothing between equal values, whatever the key order', () => {
    expect(differences({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toEqual([]);
  });

  it('names the deepest pointer where values part', () => {
    const left = { rel: 'note', _links: { self: { href: '/a' } }, 'x/y': 1 };
    const right = { rel: 'note', _links: { self: { href: '/b' } }, 'x/y': 2 };
    expect(differences(left, right)).toEqual([
      { path: '/_links/self/href', left: '/a', right: '/b' },
      { path: '/x~1y', left: 1, right: 2 },
    ]);
  });

  it('reports a missing key and an array of another length', () => {
    const diffs = differences({ a: [1, 2] }, { a: [1], b: true });
    expect(diffs.map((d) => d.path)).toEqual(['/a', '/b']);
  });

  it('handles deep nesting without recursion', () => {
    let a: unknown = 1;
    let b: unknown = 2;
    for (let i = 0; i < 100_000; i++) {
      a = [a];
      b = [b];
    }
    expect(differences(a, b)).toHaveLength(1);
  });
});

describe('twinDiagnostics', () => {
  it('gives a twin.mismatch diagnostic with both values', () => {
    const [d] = twinDiagnostics({ state: 'Connected' }, { state: 'Idle' }, { left: 'a.xml', right: 'a.json' });
    expect(d).toMatchObject({ severity: 'error', code: 'twin.mismatch', path: '/state' });
    expect(d!.message).toBe('a.xml and a.json disagree at /state: a.xml has "Connected", a.json has "Idle"');
  });
});
