import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_NOTE_JSON, ensureBuilt, NOTE_JSON, NOTE_XML, removeFolder, tempFolder, ucwa } from './cli-support.js';

const NOTE = JSON.parse(NOTE_JSON) as Record<string, unknown>;
const OTHER_NOTE_JSON = JSON.stringify({ ...NOTE, message: 'Back at three' }, null, 2);
const POST_JSON = '{ "message": "Hello" }\n';
const folders: string[] = [];
const repo = (files: Record<string, string>) => {
  const dir = tempFolder({ '.git/HEAD': 'ref: refs/heads/main\n', ...files });
  folders.push(dir);
  return dir;
};

beforeAll(() => ensureBuilt(), 300_000);
afterAll(() => folders.forEach(removeFolder));

describe('ucwa check: twins', () => {
  it('passes twins that agree', () => {
    const dir = repo({ 'f/note.json': NOTE_JSON, 'f/note.xml': NOTE_XML });
    const run = ucwa(['check', 'f'], { cwd: dir });
    expect(run.stdout).toBe('2 files checked, 2 valid, 0 invalid\n');
    expect(run.code).toBe(0);
  });

  it('reads the twin of a lone staged file from disk and reports where they part', () => {
    const dir = repo({ 'f/note.json': OTHER_NOTE_JSON, 'f/note.xml': NOTE_XML });
    const run = ucwa(['check', 'f/note.json'], { cwd: dir });
    expect(run.stdout).toBe(
      'f/note.json:3:3: error twin.mismatch note.xml and note.json disagree at /message: note.xml has "Back at two", note.json has "Back at three" (at /message)\n' +
        '2 files checked, 1 valid, 1 invalid\n',
    );
    expect(run.code).toBe(1);
    // Given the XML twin alone, the same pair is compared.
    expect(ucwa(['check', 'f/note.xml'], { cwd: dir }).stdout).toContain('error twin.mismatch note.xml and note.json disagree at /message');
  });

  it('validates the twin found on disk too', () => {
    const dir = repo({ 'f/note.json': NOTE_JSON, 'f/note.xml': '<resource rel="note"' });
    const run = ucwa(['check', 'f/note.json', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(run.stdout) as { files: Array<{ path: string; status: string; diagnostics: Array<{ code: string }> }> };
    expect(report.files.map((f) => [f.path, f.status])).toEqual([
      ['f/note.json', 'valid'],
      ['f/note.xml', 'invalid'],
    ]);
    expect(report.files[1]!.diagnostics[0]!.code).toMatch(/^xml\./);
    expect(run.code).toBe(1);
  });

  it('validates each file as ucwa validate does, with the same exit codes', () => {
    const dir = repo({ 'bad.json': BAD_NOTE_JSON.replace('"Back at two"', '7') });
    expect(ucwa(['check', 'bad.json'], { cwd: dir }).stdout).toMatch(/^bad\.json:3:\d+: error schema\.type /);
    expect(ucwa(['check', 'bad.json'], { cwd: dir }).code).toBe(1);
    expect(ucwa(['check', 'missing.json'], { cwd: dir }).code).toBe(2);
    expect(ucwa(['check', '--format', 'yaml', 'bad.json'], { cwd: dir }).code).toBe(2);
    expect(ucwa(['check', '--strict', '--resource', 'NoSuchThing', 'bad.json'], { cwd: dir }).code).toBe(2);
  });
});

describe('ucwa check: settings', () => {
  it('checks the fixtures of .ucwarc.json when given no path, with its strictness', () => {
    const dir = repo({
      '.ucwarc.json': JSON.stringify({ strict: true, fixtures: ['fixtures'], ignore: ['fixtures/drafts'] }),
      'fixtures/note.json': BAD_NOTE_JSON,
      'fixtures/drafts/broken.json': '{',
      'elsewhere/broken.json': '{',
    });
    const run = ucwa(['check'], { cwd: join(dir, 'fixtures') });
    // Strict: a value outside the enumeration is an error, not a warning.
    expect(run.stdout).toMatch(/^\.\.\/fixtures\/note\.json:4:\d+: error schema\.enum /);
    // Paths are relative to the current folder, the settings' to the root.
    expect(run.stdout).toContain('1 file checked, 0 valid, 1 invalid\n1 file skipped (outside "fixtures" or under "ignore" of ../.ucwarc.json)\n');
    expect(run.code).toBe(1);
  });

  it('skips given paths outside the fixtures, under ignore, and the settings file itself', () => {
    const dir = repo({
      'package.json': JSON.stringify({ name: 'x', ucwa: { fixtures: ['fixtures'], ignore: ['**/*.draft.json'] } }),
      'fixtures/note.json': NOTE_JSON,
      'fixtures/wip.draft.json': '{',
      'tsconfig.json': '{}',
    });
    const run = ucwa(['check', 'package.json', 'tsconfig.json', 'fixtures/note.json', 'fixtures/wip.draft.json'], { cwd: dir });
    expect(run.stdout).toBe('1 file checked, 1 valid, 0 invalid\n3 files skipped (outside "fixtures" or under "ignore" of package.json)\n');
    expect(run.code).toBe(0);
  });

  it('gives request bodies without a rel the resource of their rule', () => {
    const dir = repo({
      '.ucwarc.json': JSON.stringify({ resources: { 'requests/post-*': 'NotePostInput', 'f/*.json': 'NotePostInput' } }),
      'requests/post-note.json': POST_JSON,
      // The rule covers f/, but this body names its own rel, which wins.
      'f/note.json': NOTE_JSON,
    });
    const run = ucwa(['check', 'requests', 'f'], { cwd: dir });
    expect(run.stdout).toBe('2 files checked, 2 valid, 0 invalid\n');
    // Without the rule, the body's type cannot be told.
    expect(ucwa(['check', 'requests'], { cwd: repo({ 'requests/post-note.json': POST_JSON }) }).stdout).toMatch(/schema\.unknown-resource/);
  });

  it('reports mistakes in the settings as settings.* diagnostics, and still checks', () => {
    const dir = repo({
      '.ucwarc.json': '{\n  "strict": "yes",\n  "fixture": ["f"]\n}\n',
      'f/note.json': NOTE_JSON,
    });
    const run = ucwa(['check', 'f'], { cwd: dir });
    expect(run.stdout).toBe(
      '.ucwarc.json:2:13: error settings.type `strict` must be true or false; found the string "yes". (at /strict)\n' +
        '.ucwarc.json:3:3: error settings.unknown-key Unknown setting `fixture` (did you mean `fixtures`?); the settings are strict, fixtures, ignore, resources, extra. (at /fixture)\n' +
        // The settings file is not one of the files checked.
        '1 file checked, 1 valid, 0 invalid; the settings in .ucwarc.json have mistakes\n',
    );
    expect(run.code).toBe(1);
  });

  it('is a usage error to give no path when the settings name no fixtures', () => {
    const run = ucwa(['check'], { cwd: repo({}) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('list "fixtures" in .ucwarc.json');
  });
});
