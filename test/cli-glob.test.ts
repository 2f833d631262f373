import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scopeOf } from '../src/check/scope.js';
import { discoverInputs } from '../src/cli/discover.js';
import { compileGlob, globBase, globMatchCost, hasGlobMagic } from '../src/cli/glob.js';

const matches = (pattern: string, path: string) => compileGlob(pattern).test(path);

describe('glob matching (used by ucwa validate for operands the shell left alone)', () => {
  it('knows which operands are globs', () => {
    expect(hasGlobMagic('a/b.json')).toBe(false);
    expect(['*.json', 'a?.xml', '[ab].json', '{a,b}.xml'].every(hasGlobMagic)).toBe(true);
  });

  it('splits the literal folder off the pattern', () => {
    expect(globBase('fixtures/ok/*.json')).toEqual({ base: 'fixtures/ok', rest: '*.json' });
    expect(globBase('**/*.xml')).toEqual({ base: '.', rest: '**/*.xml' });
    expect(globBase('/abs/*.xml')).toEqual({ base: '/abs', rest: '*.xml' });
  });

  // [pattern, path, matches]
  const rows: Array<[string, string, boolean]> = [
    // * and ? stay within one segment
    ['*.json', 'note.json', true],
    ['*.json', 'sub/note.json', false],
    ['n?te.xml', 'note.xml', true],
    ['n?te.xml', 'n/te.xml', false],
    ['*', '', true],
    ['a*', 'a', true],
    ['a*b', 'axxb', true],
    ['a*b', 'axxbc', false],
    ['x*', 'x.json', true],
    // ** crosses folders, including none
    ['**/*.json', 'note.json', true],
    ['**/*.json', 'a/b/c/note.json', true],
    ['a/**', 'a/b/c.xml', true],
    ['a/**', 'a/', true],
    ['a/**/b.json', 'a/b.json', true],
    ['a/**/b.json', 'a/x/y/b.json', true],
    ['a/**/b.json', 'ab.json', false],
    ['**', 'a/b/c', true],
    ['**.json', 'a/b.json', true],
    // classes and alternatives
    ['[mn]ote.json', 'note.json', true],
    ['[!mn]ote.json', 'note.json', false],
    ['[^mn]ote.json', 'rote.json', true],
    ['[a-c]x', 'bx', true],
    ['[a-c]x', 'dx', false],
    ['[]]x', ']x', true],
    ['a[!b]c', 'a/c', false],
    ['*.{json,xml}', 'note.xml', true],
    ['*.{json,xml}', 'note.http', false],
    ['{a,b/c}/*.json', 'b/c/n.json', true],
    ['{}x', 'x', true],
    ['{a,}x', 'x', true],
    ['x{*,y}', 'x.json', true],
    // hidden files and folders need an explicit dot
    ['*.json', '.hidden.json', false],
    ['**/*.json', '.git/x.json', false],
    ['**/*.json', 'a/.git/x.json', false],
    ['a/**', 'a/.git/x', false],
    ['?json', '.json', false],
    ['.*.json', '.hidden.json', true],
    ['**/.git/*.json', 'a/.git/x.json', true],
    ['[.]x', '.x', true],
    // regular-expression characters are plain characters; unclosed [ and { stand for themselves
    ['a+b(1).json', 'a+b(1).json', true],
    ['a.json', 'abjson', false],
    ['^a$|b', '^a$|b', true],
    ['a\\b', 'a\\b', true],
    ['[unclosed.json', '[unclosed.json', true],
    ['{unclosed.json', '{unclosed.json', true],
    // code points, not UTF-16 units
    ['?.json', '\u{1f600}.json', true],
  ];

  it.each(rows)('%s against %s: %s', (pattern, path, expected) => {
    expect(matches(pattern, path)).toBe(expected);
  });

  it('covers a path when it matches the path or a folder above it', () => {
    const glob = compileGlob('test/fixtures');
    expect(glob.covers('test/fixtures/a/b.json')).toBe(true);
    expect(glob.covers('test/fixtures')).toBe(true);
    expect(glob.covers('test/fixtures-old/a.json')).toBe(false);
    expect(compileGlob('**/drafts').covers('x/drafts/y/z.json')).toBe(true);
    expect(compileGlob('a*').covers('abc/d')).toBe(true);
    expect(compileGlob('*').covers('/a')).toBe(false);
  });

  it('is fed a folder at a time, and says when nothing below can match', () => {
    const start = compileGlob('src/**/*.json').start();
    expect(start.feed('src/').alive()).toBe(true);
    expect(start.feed('lib/').alive()).toBe(false);
    expect(start.feed('src/').feed('a/').feed('b.json').matches()).toBe(true);
    expect(start.feed('src/').feed('.git/').alive()).toBe(false);
    expect(compileGlob('*.json').start().feed('sub/').alive()).toBe(false);
  });
});

describe('glob matching is linear: no backtracking, whatever the pattern', () => {
  // With a backtracking RegExp, each of these takes seconds to hours (26 s for the first, measured).
  const name = 'a'.repeat(10_000);

  it('a*a*a*a*a*a*a*a*b.json against a 10,000-character name', () => {
    expect(matches('a*a*a*a*a*a*a*a*b.json', `${name}.json`)).toBe(false);
    expect(matches('a*a*a*a*a*a*a*a*b.json', `${name}b.json`)).toBe(true);
  });

  it('**/**/**/**/a*a*a*a*b.json against a deep path, and nested alternatives', () => {
    const deep = `${Array.from({ length: 200 }, () => 'a'.repeat(40)).join('/')}/${name}.json`;
    expect(matches('**/**/**/**/a*a*a*a*b.json', deep)).toBe(false);
    expect(compileGlob('**/**/**/**/a*a*a*a*b.json').covers(deep)).toBe(false);
    expect(matches('{a*,*a}{a*,*a}{a*,*a}{a*,*a}b', name)).toBe(false);
  });

  it('costs work proportional to the path: ten times the name, ten times the steps', () => {
    const patterns = ['a*a*a*a*a*a*a*a*b.json', '**/**/**/**/a*a*a*a*b.json', '{a*,*a}{a*,*a}{a*,*a}b', '[a-z]*[!b]*?*b'];
    for (const pattern of patterns) {
      const small = globMatchCost(pattern, 'a'.repeat(1_000));
      const large = globMatchCost(pattern, 'a'.repeat(10_000));
      expect(large / small, pattern).toBeLessThan(10.5);
      // Bounded by (path length) x (pattern length), the automaton's size.
      expect(large, pattern).toBeLessThan(10_000 * 4 * pattern.length);
    }
  });

  it('settings globs (fixtures, ignore, resources) use the same matcher', () => {
    const scope = scopeOf({ fixtures: ['**/**/**/**/a*a*a*a*b.json'], ignore: ['a*a*a*a*a*a*a*a*b'] }, compileGlob);
    const deep = `${Array.from({ length: 100 }, () => 'a'.repeat(100)).join('/')}/x.json`;
    expect(scope.inFixtures(deep)).toBe(false);
    expect(scope.ignored(deep)).toBe(false);
  });

  describe('over a deep tree', () => {
    const top = mkdtempSync(join(tmpdir(), 'ucwa-glob-'));
    afterAll(() => rmSync(top, { recursive: true, force: true }));

    it('walks it once, pruning folders that cannot match', async () => {
      let dir = top;
      for (let i = 0; i < 30; i++) {
        dir = join(dir, 'a'.repeat(60));
        mkdirSync(dir);
        writeFileSync(join(dir, `${'a'.repeat(200)}.json`), '{}');
      }
      writeFileSync(join(dir, 'aaaab.json'), '{}');
      mkdirSync(join(top, '.hidden'));
      writeFileSync(join(top, '.hidden', 'aaaab.json'), '{}');
      const listed: string[] = [];
      const found = await discoverInputs(['**/**/**/**/a*a*a*a*b.json', 'a*/zz*/*.json'], {
        cwd: top,
        readdir: async (path) => {
          listed.push(path);
          const { readdir } = await import('node:fs/promises');
          return readdir(path, { withFileTypes: true });
        },
      });
      expect(found.files).toHaveLength(1);
      expect(found.files[0]).toMatch(/\/aaaab\.json$/);
      expect(found.problems.map((p) => p.diagnostic.code)).toEqual(['cli.no-match']);
      // 31 folders for the first glob; the second reads the top and the first folder only; .hidden never.
      expect(listed.filter((p) => p.includes('.hidden'))).toEqual([]);
      expect(listed).toHaveLength(31 + 2);
    });
  });
});
