import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scopeOf } from '../src/check/scope.js';
import { parseSettings, type SettingsChecks } from '../src/check/settings.js';
import { findSettings } from '../src/cli/check.js';
import { compileGlob } from '../src/cli/glob.js';
import { lookupType } from '../src/validate/names.js';

const checks: SettingsChecks = { compileGlob: compileGlob, lookupType };

describe('parseSettings', () => {
  it('reads every setting', () => {
    const text = JSON.stringify({ strict: true, fixtures: ['test/fixtures', 'more/**/*.xml'], ignore: ['**/draft-*'], resources: { 'test/fixtures/post-*.json': 'NotePostInput' } });
    expect(parseSettings(text, checks)).toEqual({
      present: true,
      diagnostics: [],
      settings: {
        strict: true,
        fixtures: ['test/fixtures', 'more/**/*.xml'],
        ignore: ['**/draft-*'],
        resources: [{ glob: 'test/fixtures/post-*.json', resource: 'NotePostInput' }],
      },
    });
  });

  it('accepts a byte order mark and an empty object', () => {
    expect(parseSettings('\uFEFF{}', checks)).toEqual({ present: true, diagnostics: [], settings: {} });
  });

  it('places each mistake on its line, keeping the sound entries', () => {
    const text = [
      '{',
      '  "strict": "yes",',
      '  "fixtures": ["ok", 3, "", "/abs", "../up", "[z-a]"],',
      '  "ignore": "drafts",',
      '  "resources": { "a/*.json": "NoSuchThing", "b/*.json": 7, "c/*.json": "note" },',
      '  "fixture": []',
      '}',
    ].join('\n');
    const { settings, diagnostics } = parseSettings(text, checks);
    expect(settings).toEqual({ fixtures: ['ok'], resources: [{ glob: 'c/*.json', resource: 'Note' }] });
    const lines = text.split('\n');
    /** Line and column where `needle` starts (its `nth` occurrence on that line). */
    const at = (line: number, needle: string, nth = 0) => {
      let col = -1;
      for (let i = 0; i <= nth; i++) col = lines[line - 1]!.indexOf(needle, col + 1);
      return [line, col + 1];
    };
    expect(diagnostics.map((d) => [d.code, d.path, d.line, d.column])).toEqual([
      ['settings.type', '/strict', ...at(2, '"yes"')],
      ['settings.type', '/fixtures/1', ...at(3, '3')],
      ['settings.glob', '/fixtures/2', ...at(3, '""')],
      ['settings.glob', '/fixtures/3', ...at(3, '"/abs"')],
      ['settings.glob', '/fixtures/4', ...at(3, '"../up"')],
      ['settings.glob', '/fixtures/5', ...at(3, '"[z-a]"')],
      ['settings.type', '/ignore', ...at(4, '"drafts"')],
      ['settings.unknown-resource', '/resources/a~1*.json', ...at(5, '"NoSuchThing"')],
      ['settings.type', '/resources/b~1*.json', ...at(5, '7')],
      ['settings.unknown-key', '/fixture', ...at(6, '"fixture"')],
    ]);
    expect(diagnostics.every((d) => d.severity === 'error')).toBe(true);
    expect(diagnostics[9]!.message).toContain('did you mean `fixtures`?');
    expect(diagnostics[4]!.message).toContain('leaves the repository');
  });

  it('reads extra names by enumeration or resource, each key in any case, and reports what it cannot use', () => {
    const text = JSON.stringify({ extra: { availability: ['Sabbatical'], note: ['mood'], Note: ['history'], Availabilty: ['x'], NoteType: 'Busy', contact: ['ok', 3, ''] } }, null, 2);
    const { settings, diagnostics } = parseSettings(text, checks);
    expect(settings.extra).toEqual({ Availability: ['Sabbatical'], Note: ['mood', 'history'], Contact: ['ok'] });
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([
      ['settings.unknown-resource', '/extra/Availabilty'],
      ['settings.type', '/extra/NoteType'],
      ['settings.type', '/extra/contact/1'],
      ['settings.type', '/extra/contact/2'],
    ]);
    expect(diagnostics[0]!.message).toContain('(did you mean `Availability`?)');
    expect(parseSettings('{"extra": []}', checks).diagnostics.map((d) => d.code)).toEqual(['settings.type']);
  });

  it('reports globs that open a class or a choice and never close it', () => {
    const { settings, diagnostics } = parseSettings(JSON.stringify({ fixtures: ['[', 'a/{b,c', 'ok/[ab]/*.json', '{x,y}'] }), checks);
    expect(settings.fixtures).toEqual(['ok/[ab]/*.json', '{x,y}']);
    expect(diagnostics.map((d) => d.message)).toEqual(['The glob "[" has an unclosed `[`.', 'The glob "a/{b,c" has an unclosed `{`.']);
  });

  it('suggests the setting meant', () => {
    const messages = (key: string) => parseSettings(JSON.stringify({ [key]: true }), checks).diagnostics.map((d) => d.message);
    expect(messages('Strict')[0]).toContain('(did you mean `strict`?)');
    expect(messages('extras')[0]).toContain('(did you mean `extra`?)');
    expect(messages('resource')[0]).toContain('(did you mean `resources`?)');
    expect(messages('colour')[0]).not.toContain('did you mean');
  });

  it('reports a syntax error with its position', () => {
    const [d] = parseSettings('{\n  "strict": true,\n}', checks).diagnostics;
    expect(d).toMatchObject({ code: 'settings.syntax', line: 3, column: 1 });
  });

  it('rejects settings that are not an object', () => {
    expect(parseSettings('["fixtures"]', checks).diagnostics.map((d) => d.code)).toEqual(['settings.type']);
  });

  it('reads the ucwa key of package.json, pointing into that file', () => {
    const pkg = '{\n  "name": "x",\n  "ucwa": { "strict": 1 }\n}';
    const parsed = parseSettings(pkg, checks, 'ucwa');
    expect(parsed.present).toBe(true);
    expect(parsed.diagnostics).toMatchObject([{ code: 'settings.type', path: '/ucwa/strict', line: 3, column: 23 }]);
    expect(parseSettings('{"name":"x"}', checks, 'ucwa')).toEqual({ present: false, diagnostics: [], settings: {} });
  });
});

describe('scopeOf', () => {
  const scope = scopeOf(
    {
      fixtures: ['./test/fixtures/', 'packages/*/payloads'],
      ignore: ['**/drafts', '**/*.skip.json'],
      resources: [
        { glob: 'test/fixtures/requests', resource: 'NotePostInput' },
        { glob: 'test/fixtures/**/*.json', resource: 'Note' },
      ],
    },
    compileGlob,
  );

  it('takes folders and globs of folders as fixtures', () => {
    expect(scope.hasFixtures).toBe(true);
    expect(scope.inFixtures('test/fixtures/a.json')).toBe(true);
    expect(scope.inFixtures('test/fixtures/deep/b.xml')).toBe(true);
    expect(scope.inFixtures('packages/web/payloads/c.json')).toBe(true);
    expect(scope.inFixtures('test/fixtures-old/a.json')).toBe(false);
    expect(scope.inFixtures('package.json')).toBe(false);
  });

  it('ignores by file or by folder', () => {
    expect(scope.ignored('test/fixtures/drafts/a.json')).toBe(true);
    expect(scope.ignored('test/fixtures/a.skip.json')).toBe(true);
    expect(scope.ignored('test/fixtures/a.json')).toBe(false);
  });

  it('gives the resource of the first rule that covers a file', () => {
    expect(scope.resourceFor('test/fixtures/requests/post.json')).toBe('NotePostInput');
    expect(scope.resourceFor('test/fixtures/other/x.json')).toBe('Note');
    expect(scope.resourceFor('test/fixtures/x.xml')).toBeUndefined();
  });

  it('takes every file when no fixtures are named', () => {
    const open = scopeOf({}, compileGlob);
    expect(open.hasFixtures).toBe(false);
    expect(open.inFixtures('anything/at/all.json')).toBe(true);
    expect(open.ignored('anything/at/all.json')).toBe(false);
  });
});

describe('findSettings', () => {
  const top = mkdtempSync(join(tmpdir(), 'ucwa-settings-'));
  afterAll(() => rmSync(top, { recursive: true, force: true }));
  const make = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(top, 'repo-'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    return dir;
  };

  it('walks up to the folder with .ucwarc.json, which wins over package.json', async () => {
    const dir = make({ '.ucwarc.json': '{"strict": true}', 'package.json': '{"ucwa": {"strict": false}}', '.git/HEAD': '' });
    const found = await findSettings(join(dir, 'a', 'b'));
    expect(found.root).toBe(dir);
    expect(found.file).toBe(join(dir, '.ucwarc.json'));
    expect(found.parsed?.settings).toEqual({ strict: true });
  });

  it('takes the ucwa key of package.json when there is no .ucwarc.json', async () => {
    const dir = make({ 'package.json': '{"name": "x", "ucwa": {"fixtures": ["f"]}}', '.git/HEAD': '' });
    const found = await findSettings(join(dir, 'a'));
    expect(found.file).toBe(join(dir, 'package.json'));
    expect(found.parsed?.settings).toEqual({ fixtures: ['f'] });
  });

  it('stops at the repository root (.git) without settings, passing package.json files without the key', async () => {
    const dir = make({ '.git/HEAD': '', 'a/package.json': '{"name": "inner"}' });
    const found = await findSettings(join(dir, 'a', 'b'));
    expect(found).toEqual({ root: dir });
  });
});
