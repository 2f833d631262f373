import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { fullBundle } from '../src/schema/operations.js';
import { ensureBuilt, NOTE_JSON, root, ucwa } from './cli-support.js';

beforeAll(ensureBuilt);

const json = (args: string[]) => {
  const r = ucwa(args);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
};

describe('ucwa schema', () => {
  it('prints a standalone schema of one resource that ajv compiles in its default strict mode and that accepts a note', () => {
    const schema = json(['schema', 'note']);
    expect(schema.title).toBe('Note');
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const warnings: unknown[] = [];
    const ajv = new Ajv({ logger: { log() {}, warn: (...a: unknown[]) => warnings.push(a), error: (...a: unknown[]) => warnings.push(a) } });
    const validate = ajv.compile(schema);
    expect(warnings).toEqual([]);
    // What schemas/resources/ ships is the same document.
    expect(schema).toEqual(JSON.parse(readFileSync(join(root, 'schemas', 'resources', 'Note.schema.json'), 'utf8')));
    expect(validate(JSON.parse(NOTE_JSON))).toBe(true);
    expect(validate({ rel: 'note', message: 5 })).toBe(false);
  });

  it('carries every definition the resource refers to, and no others', () => {
    const schema = json(['schema', 'Contact']);
    const definitions = schema.definitions as Record<string, unknown>;
    const text = JSON.stringify(schema);
    const referenced = new Set([...text.matchAll(/"\$ref":"#\/definitions\/([^"]+)"/g)].map((m) => m[1]));
    expect(new Set(Object.keys(definitions))).toEqual(referenced);
  });

  it('finds a resource by type, page or rel', () => {
    const byType = json(['schema', 'Note']);
    expect(json(['schema', 'note'])).toEqual(byType);
  });

  it('prints the whole bundle without a resource: schemas/ucwa.schema.json', () => {
    const bundle = json(['schema']);
    const committed = JSON.parse(readFileSync(join(root, 'schemas', 'ucwa.schema.json'), 'utf8')) as { definitions: object };
    expect(bundle).toEqual(committed);
  });

  it('exits 2 for an unknown resource or too many operands', () => {
    const r = ucwa(['schema', 'NoSuchResource']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/NoSuchResource/);
    expect(ucwa(['schema', 'note', 'me']).code).toBe(2);
  });
});

describe('ucwa resources', () => {
  it('lists every resource as data with --format json', () => {
    const r = ucwa(['resources', '--format', 'json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as Array<{ type: string; page: string | null; rel: string | null; aliasOf: string | null; scopes: string[]; operations: Array<{ method: string }> }>;
    expect(rows).toContainEqual(expect.objectContaining({ type: 'Note', page: 'note', rel: 'note', aliasOf: null, scopes: ['User.ReadWrite'] }));
    // Each row carries its page's operations (method, request and response types, documented errors).
    const note = rows.find((row) => row.type === 'Note')!;
    expect(note.operations).toContainEqual({ method: 'POST', request: 'NotePostInput', response: null, errors: expect.arrayContaining([{ code: 'Conflict', status: 409, subcode: 'MakeMeAvailableRequired' }]) });
    // The 263 operations of the pages, less the GET of events (the event channel is not listed as a resource).
    expect(rows.reduce((n, row) => n + row.operations.length, 0)).toBe(262);
    const resources = Object.entries(fullBundle().definitions).filter(([, d]) => d.ucwaKind === 'resource').map(([name]) => name);
    expect(rows.map((row) => row.type).sort()).toEqual(resources.sort());
    // Alias pages point at the type they stand for, and share its rel.
    for (const alias of rows.filter((row) => row.aliasOf)) {
      expect(alias.rel).toBe(rows.find((row) => row.type === alias.aliasOf)?.rel ?? alias.rel);
    }
  });

  it('prints a table by default', () => {
    const r = ucwa(['resources']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^REL\s+TYPE\s+PAGE$/);
    expect(lines).toContainEqual(expect.stringMatching(/^note\s+Note\s+note$/));
    expect(lines.at(-1)).toMatch(/^\d+ resources$/);
  });
});

describe('ucwa (top level)', () => {
  it('prints the version of package.json', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    // A real process: the entry point (dist/cli/main.js) sets the exit status.
    expect(ucwa(['--version'], { spawn: true })).toMatchObject({ code: 0, stdout: `${version}\n` });
    expect(ucwa(['-v']).stdout).toBe(`${version}\n`);
  });

  it('prints help with --help and for each command', () => {
    expect(ucwa(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('ucwa validate') });
    for (const command of ['validate', 'convert', 'schema', 'resources']) {
      expect(ucwa([command, '--help'])).toMatchObject({ code: 0, stdout: expect.stringMatching(new RegExp(`^Usage: ucwa ${command}`)) });
      expect(ucwa(['help', command]).stdout).toMatch(new RegExp(`^Usage: ucwa ${command}`));
    }
  });

  it('exits 2 with usage on stderr for no command or an unknown one', () => {
    const none = ucwa([], { spawn: true });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage:');
    const unknown = ucwa(['frobnicate'], { spawn: true });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^ucwa: unknown command "frobnicate"/);
    expect(ucwa(['constructor']).code).toBe(2);
  });

  it('starts with a shebang so that npm can link it as a binary', () => {
    expect(readFileSync(join(root, 'dist', 'cli', 'main.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});
