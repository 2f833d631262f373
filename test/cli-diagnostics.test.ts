/**
 * Issue 11 on the command line: typos caught and the fix named (commands,
 * options, resource names, payload names and values, settings), and the
 * report telling the truth (line order, what was checked, what matched
 * nothing, what is no payload).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_FILES } from '../src/cli/discover.js';
import { ensureBuilt, NOTE_JSON, NOTE_XML, removeFolder, root, tempFolder, ucwa } from './cli-support.js';

const NOTE = JSON.parse(NOTE_JSON) as Record<string, unknown>;
/** A typo in an enumeration member (line 4) and in a property name (line 5). */
const TYPO_NOTE_JSON = '{\n  "rel": "note",\n  "message": "Back at two",\n  "type": "Persnal",\n  "mesage": "x"\n}\n';
const folders: string[] = [];
const folder = (files: Record<string, string>) => {
  const dir = tempFolder({ '.git/HEAD': 'ref: refs/heads/main\n', ...files });
  folders.push(dir);
  return dir;
};

beforeAll(() => ensureBuilt(), 300_000);
afterAll(() => folders.forEach(removeFolder));

describe('did you mean, on the command line', () => {
  // [args, stderr expected] - regressions are rows.
  const rows: Array<[string[], string]> = [
    [['valdate', 'x.json'], 'ucwa: unknown command "valdate" (did you mean "validate"?). Commands: validate, check, convert, schema, resources, resource, scopes, diff, example.\n'],
    [['validate', '--strcit', 'x.json'], 'ucwa: unknown option "--strcit" (did you mean "--strict"?).\n'],
    [['check', '--Strict'], 'ucwa: unknown option "--Strict" (did you mean "--strict"?).\n'],
    [['validate', '-x', 'x.json'], 'ucwa: unknown option "-x" (a path that starts with "-" goes after "--").\n'],
    [['validate', '--format'], 'ucwa: option --format needs a value.\n'],
    [['validate', '--strict=yes', 'x.json'], 'ucwa: option --strict takes no value (got "yes").\n'],
    [['validate', '--resource', 'notee', 'x.json'], 'ucwa: --resource "notee" names no resource, type or rel (did you mean "note"?); "ucwa resources" lists them.\n'],
    [['convert', '--resource', 'NotePostInpt', 'x.json', '--to', 'xml'], 'ucwa: --resource "NotePostInpt" names no resource, type or rel (did you mean "NotePostInput"?); "ucwa resources" lists them.\n'],
    [['schema', 'notee'], 'ucwa: schema.unknown-resource: no resource, type or rel is named "notee" (did you mean "note"?); "ucwa resources" lists them.\n'],
  ];
  it.each(rows)('%j', (args, expected) => {
    const run = ucwa(args);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]! + '\n').toBe(expected);
    // Every message is well formed: quotes balanced, one sentence.
    expect((run.stderr.split('\n')[0]!.match(/"/g) ?? []).length % 2).toBe(0);
  });

  it('takes a resource name in another case where it names one type', () => {
    const dir = folder({ 'body.json': '{ "message": 7 }' });
    const run = ucwa(['validate', '--resource', 'NOTEPOSTINPUT', 'body.json'], { cwd: dir });
    expect(run.stdout).toMatch(/^body\.json:1:\d+: error schema\.type property `message` of `NotePostInput` must be a string/);
    expect(ucwa(['schema', 'NOTE']).stdout).toContain('"title": "Note"');
  });
});

describe('typos in payloads', () => {
  it('are errors for ucwa validate and ucwa check, in line order, with the fix named', () => {
    const dir = folder({ 'f/note.json': TYPO_NOTE_JSON });
    const expected =
      'f/note.json:4:11: error schema.enum property `type` of `note` must be one of OutOfOffice, Personal (NoteType), got `Persnal` (did you mean `Personal`?) (at /type)\n' +
      'f/note.json:5:3: error schema.unknown-property `note` has an unknown property `mesage` (did you mean `message`?) (at /mesage)\n' +
      '1 file checked, 0 valid, 1 invalid\n';
    for (const command of ['validate', 'check']) {
      const run = ucwa([command, 'f'], { cwd: dir });
      expect(run.stdout).toBe(expected);
      expect(run.code).toBe(1);
    }
  });

  it('prints the diagnostics of one file in line order, whoever found them', () => {
    // The twin mismatch (line 3) is found after validation (line 5): it is printed first.
    const json = JSON.stringify({ ...NOTE, message: 'Back at three', mood: 'x' }, null, 2);
    const dir = folder({ 'f/note.json': json, 'f/note.xml': NOTE_XML });
    const lines = ucwa(['check', 'f/note.json'], { cwd: dir }).stdout.split('\n');
    expect(lines[0]).toMatch(/^f\/note\.json:3:\d+: error twin\.mismatch /);
    expect(lines[1]).toMatch(/^f\/note\.json:10:\d+: warning schema\.unknown-property /);
  });

  it('accepts the extra names of the settings in check and validate, still catching their typos', () => {
    const dir = folder({
      '.ucwarc.json': JSON.stringify({ strict: true, fixtures: ['f'], extra: { NoteType: ['Busy'], note: ['mood'] } }),
      'f/note.json': JSON.stringify({ ...NOTE, type: 'Busy', mood: 'x' }, null, 2),
      'f/typo.json': JSON.stringify({ ...NOTE, type: 'Busi' }, null, 2),
    });
    const check = ucwa(['check'], { cwd: dir });
    expect(check.stdout).toBe(
      'f/typo.json:4:11: error schema.enum property `type` of `note` must be one of OutOfOffice, Personal (NoteType), got `Busi` (did you mean `Busy`?) (at /type)\n' +
        '2 files checked, 1 valid, 1 invalid\n',
    );
    expect(ucwa(['validate', '--strict', 'f/note.json'], { cwd: dir })).toMatchObject({ code: 0, stdout: '1 file checked, 1 valid, 0 invalid\n' });
  });
});

describe('the settings', () => {
  it('are reported with their locations when check has no paths and they are broken, exit 1', () => {
    const cases: Array<[string, RegExp]> = [
      ['{\n  "fixtures": ["["]\n}\n', /^\.ucwarc\.json:2:16: error settings\.glob The glob "\[" has an unclosed `\[`\. \(at \/fixtures\/0\)$/m],
      ['{\n  "fixtures": ["f"],\n', /^\.ucwarc\.json:3:1: error settings\.syntax /m],
      ['{ "fixtures": "f" }', /^\.ucwarc\.json:1:15: error settings\.type /m],
    ];
    for (const [text, expected] of cases) {
      const run = ucwa(['check'], { cwd: folder({ '.ucwarc.json': text, 'f/note.json': NOTE_JSON }) });
      expect(run.stdout).toMatch(expected);
      expect(run.stdout).toMatch(/^0 files checked, 0 valid, 0 invalid; the settings in \.ucwarc\.json have mistakes$/m);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
    }
  });

  it('suggest the key, resource or enumeration meant', () => {
    const dir = folder({ '.ucwarc.json': JSON.stringify({ Strict: true, resources: { 'r/*': 'notepostinpt' }, extra: { Availabilty: ['Sabbatical'] } }), 'f/note.json': NOTE_JSON });
    const out = ucwa(['check', 'f'], { cwd: dir }).stdout;
    expect(out).toContain('Unknown setting `Strict` (did you mean `strict`?)');
    expect(out).toContain('`notepostinpt` (for `r/*`) is not a type name, page name or rel of the UCWA model (did you mean `NotePostInput`?)');
    expect(out).toContain('`Availabilty` is not an enumeration, type name, page name or rel of the UCWA model (did you mean `Availability`?)');
    expect(out).toContain('1 file checked, 1 valid, 0 invalid; the settings in .ucwarc.json have mistakes\n');
  });
});

describe('what is read', () => {
  it('a folder or glob that matches nothing says so and exits 2', () => {
    const dir = folder({ 'empty/readme.md': '# none', 'only/package.json': '{}' });
    const run = ucwa(['validate', 'empty', 'only', 'only/*.json'], { cwd: dir });
    expect(run.stdout).toBe(
      'empty: error cli.no-match No file in "empty" has an extension ucwa reads (.json .xml .http .har .txt).\n' +
        'only: error cli.no-match No file in "only" has an extension ucwa reads (.json .xml .http .har .txt) (project files such as package.json are never read as payloads).\n' +
        'only/*.json: error cli.no-match No file matches "only/*.json" (project files such as package.json are never read as payloads).\n' +
        '3 files checked, 0 valid, 0 invalid, 3 unreadable\n',
    );
    expect(run.code).toBe(2);
  });

  it('ucwa validate . leaves out the project files the hooks leave out', () => {
    const dir = folder({
      'package.json': '{"name": "x"}',
      'package-lock.json': '{}',
      'npm-shrinkwrap.json': '{}',
      'tsconfig.json': '{}',
      'tsconfig.build.json': '{}',
      '.ucwarc.json': '{}',
      'sub/package.json': '{}',
      'fixtures/note.json': NOTE_JSON,
    });
    expect(ucwa(['validate', '.'], { cwd: dir })).toMatchObject({ code: 0, stdout: '1 file checked, 1 valid, 0 invalid\n' });
    expect(ucwa(['validate', '**/*.json'], { cwd: dir })).toMatchObject({ code: 0, stdout: '1 file checked, 1 valid, 0 invalid\n' });
    // A project file named on its own is read: that is what was asked.
    expect(ucwa(['validate', 'package.json'], { cwd: dir }).code).toBe(1);
  });

  it('leaves out the files the hooks exclude, with the one pattern they use', () => {
    const hooks = readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8');
    const excludes = [...hooks.matchAll(/^\s+exclude: (.*)$/gm)].map((m) => new RegExp(m[1]!).source);
    expect(excludes).toHaveLength(3);
    for (const exclude of excludes) expect(exclude).toBe(PROJECT_FILES.source);
  });
});
