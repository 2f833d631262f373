import { describe, expect, it } from 'vitest';
import { globBase, globIsDeep, globToRegExp, hasGlobMagic } from '../src/cli/glob.js';

const matches = (pattern: string, path: string) => globToRegExp(pattern).test(path);

describe('glob matching (used by ucwa validate for operands the shell left alone)', () => {
  it('knows which operands are globs', () => {
    expect(hasGlobMagic('a/b.json')).toBe(false);
    expect(['*.json', 'a?.xml', '[ab].json', '{a,b}.xml'].every(hasGlobMagic)).toBe(true);
  });

  it('splits the literal folder off the pattern', () => {
    expect(globBase('fixtures/ok/*.json')).toEqual({ base: 'fixtures/ok', rest: '*.json' });
    expect(globBase('**/*.xml')).toEqual({ base: '.', rest: '**/*.xml' });
    expect(globBase('/abs/*.xml')).toEqual({ base: '/abs', rest: '*.xml' });
    expect(globIsDeep('*.json')).toBe(false);
    expect(globIsDeep('**/*.json')).toBe(true);
    expect(globIsDeep('a/*.json')).toBe(true);
  });

  it('matches * and ? within one segment only', () => {
    expect(matches('*.json', 'note.json')).toBe(true);
    expect(matches('*.json', 'sub/note.json')).toBe(false);
    expect(matches('n?te.xml', 'note.xml')).toBe(true);
    expect(matches('n?te.xml', 'n/te.xml')).toBe(false);
  });

  it('matches ** across folders, including none', () => {
    expect(matches('**/*.json', 'note.json')).toBe(true);
    expect(matches('**/*.json', 'a/b/c/note.json')).toBe(true);
    expect(matches('a/**', 'a/b/c.xml')).toBe(true);
  });

  it('supports classes and alternatives', () => {
    expect(matches('[mn]ote.json', 'note.json')).toBe(true);
    expect(matches('[!mn]ote.json', 'note.json')).toBe(false);
    expect(matches('*.{json,xml}', 'note.xml')).toBe(true);
    expect(matches('*.{json,xml}', 'note.http')).toBe(false);
  });

  it('does not match hidden files with wildcards, and escapes regex characters', () => {
    expect(matches('*.json', '.hidden.json')).toBe(false);
    expect(matches('**/*.json', '.git/x.json')).toBe(false);
    expect(matches('a+b(1).json', 'a+b(1).json')).toBe(true);
    expect(matches('a.json', 'abjson')).toBe(false);
    expect(matches('[unclosed.json', '[unclosed.json')).toBe(true);
  });
});
