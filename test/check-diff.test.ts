import { describe, expect, it } from 'vitest';
import { diffValues, differences, twinDiagnostics } from '../src/check/diff.js';

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

describe('diffValues (ucwa diff)', () => {
  const item = (href: string, extra: Record<string, unknown> = {}) => ({ ...extra, _links: { self: { href } } });

  it('names added, removed and changed places, with both values', () => {
    const changes = diffValues({ rel: 'note', message: 'a', type: 'Personal' }, { rel: 'note', message: 'b', etag: '1' });
    expect(changes).toEqual([
      { kind: 'added', path: '/etag', right: '1' },
      { kind: 'changed', path: '/message', left: 'a', right: 'b' },
      { kind: 'removed', path: '/type', left: 'Personal' },
    ]);
  });

  it('pairs array items by their self href: moved, added, removed, changed inside', () => {
    const left = { p: [item('/a'), item('/b', { name: 'B' }), item('/c')] };
    const right = { p: [item('/b', { name: 'B2' }), item('/a'), item('/d')] };
    const changes = diffValues(left, right);
    expect(changes).toContainEqual({ kind: 'moved', path: '/p/1', from: '/p/0' });
    expect(changes).toContainEqual({ kind: 'changed', path: '/p/0/name', left: 'B', right: 'B2' });
    expect(changes).toContainEqual({ kind: 'removed', path: '/p/2', left: item('/c') });
    expect(changes).toContainEqual({ kind: 'added', path: '/p/2', right: item('/d') });
    expect(changes).toHaveLength(4);
  });

  it('moves nothing when an item is inserted in front', () => {
    const left = { p: ['/a', '/b', '/c'].map((h) => item(h)) };
    const right = { p: ['/z', '/a', '/b', '/c'].map((h) => item(h)) };
    expect(diffValues(left, right)).toEqual([{ kind: 'added', path: '/p/0', right: item('/z') }]);
  });

  it('compares items without an href (or with one seen twice) in order', () => {
    expect(diffValues({ p: [1, 2, 3] }, { p: [1, 5] })).toEqual([
      { kind: 'changed', path: '/p/1', left: 2, right: 5 },
      { kind: 'removed', path: '/p/2', left: 3 },
    ]);
    const dup = [item('/x', { n: 1 }), item('/x', { n: 2 })];
    expect(diffValues({ p: dup }, { p: [dup[1], dup[0]] })).toHaveLength(2);
  });

  it('leaves out ignored places and what is below them; ignored hrefs pair items in order', () => {
    const ignore = (p: string) => p === '/etag' || /^\/p\/\d+\/_links\/self\/href$/.test(p);
    const left = { etag: '1', p: [item('/apps/1/a', { n: 1 })] };
    const right = { etag: '2', p: [item('/apps/2/a', { n: 2 })] };
    expect(diffValues(left, right, { ignore })).toEqual([{ kind: 'changed', path: '/p/0/n', left: 1, right: 2 }]);
  });

  it('stays fast on large arrays (paired through a map, not pairwise)', () => {
    const n = 100_000;
    const left = Array.from({ length: n }, (_, i) => item(`/x/${i}`, { i }));
    const right = [...left.slice(1), left[0]];
    const changes = diffValues(left, right);
    expect(changes).toEqual([{ kind: 'moved', path: `/${n - 1}`, from: '/0' }]);
  });
});
