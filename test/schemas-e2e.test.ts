/**
 * schemas/ with ajv-cli (a devDependency), ajv's command line, in its
 * default strict mode, as the README shows it: one file validates any
 * payload, a wrong rel or shape fails, and every per-type file compiles.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from './support/e2e.js';

const NOTE = { rel: 'note', message: 'Back at 3', type: 'Personal', _links: { self: { href: '/ucwa/v1/applications/3/me/note' } } };

describe('ajv-cli (a devDependency) in its default strict mode', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ucwa-ajv-cli-'));
    writeFileSync(join(dir, 'note.json'), JSON.stringify(NOTE));
    writeFileSync(join(dir, 'bad-rel.json'), JSON.stringify({ ...NOTE, rel: 'nte' }));
    writeFileSync(join(dir, 'bad-shape.json'), JSON.stringify({ ...NOTE, message: 42 }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const ajvCli = (args: string[]) => spawnSync(join(root, 'node_modules/.bin/ajv'), args, { cwd: root, encoding: 'utf8' });

  it('validates payloads against the one bundle file: good ones pass, a wrong rel or shape fails', () => {
    const good = ajvCli(['validate', '-s', 'schemas/ucwa.schema.json', '-d', join(dir, 'note.json'), '-d', 'examples/*.json']);
    expect(good.status, good.stdout + good.stderr).toBe(0);
    const bad = ajvCli(['validate', '-s', 'schemas/ucwa.schema.json', '-d', join(dir, 'bad-*.json'), '--errors=text']);
    expect(bad.status).toBe(1);
    expect(bad.stdout + bad.stderr).toMatch(/bad-rel\.json invalid/);
    expect(bad.stdout + bad.stderr).toMatch(/bad-shape\.json invalid/);
    expect(bad.stdout + bad.stderr).toMatch(/rel must be equal to one of the allowed values/);
    expect(bad.stdout + bad.stderr).toMatch(/message must be string/);
  }, 60_000);

  it('validates against a per-type file, and compiles every per-type file', () => {
    const r = ajvCli(['validate', '-s', 'schemas/resources/Note.schema.json', '-d', join(dir, 'note.json')]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const all = ajvCli(['compile', '-s', 'schemas/resources/*.schema.json']);
    expect(all.status, all.stdout + all.stderr).toBe(0);
    expect(all.stdout.match(/ is valid$/gm)?.length).toBeGreaterThan(300);
    expect(all.stdout + all.stderr).not.toMatch(/strict mode|unknown keyword/);
  }, 120_000);
});
