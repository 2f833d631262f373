import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ValidateFunction } from 'ajv';
import { generateValidators } from '../scripts/generate-validators.js';
import { validatorFor } from '../src/validate/ajv.js';
import { loadGenerated } from '../src/cli/validators.js';
import { bundle } from '../src/generated/schema-bundle.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// Inside the repo so that the modules resolve ajv's run-time helpers.
const OUT = join(ROOT, 'node_modules/.cache/ucwa-generated-validators-test');

const example = (name: string) => JSON.parse(readFileSync(join(ROOT, 'examples', name), 'utf8')) as Record<string, unknown>;

async function generated(typeName: string): Promise<ValidateFunction> {
  return ((await import(pathToFileURL(join(OUT, `${typeName}.js`)).href)) as { default: ValidateFunction }).default;
}

/** Same verdict and the same errors (path, keyword, params, schema) from both validators. */
async function sameAs(typeName: string, value: unknown) {
  const a = validatorFor(typeName)!;
  const b = await generated(typeName);
  expect(b(value)).toBe(a(value));
  const strip = (errors: typeof a.errors) => JSON.parse(JSON.stringify(errors ?? null));
  expect(strip(b.errors)).toEqual(strip(a.errors));
}

describe('generated standalone validators', () => {
  beforeAll(() => {
    mkdirSync(OUT, { recursive: true });
    generateValidators(OUT);
  }, 60_000);
  afterAll(() => rmSync(OUT, { recursive: true, force: true }));

  it('are written for document types only, not for their parts', () => {
    const kinds = (name: string) => bundle.definitions[name]?.ucwaKind;
    expect(kinds('Note')).toBe('resource');
    expect(() => readFileSync(join(OUT, 'Note.js'))).not.toThrow();
    expect(() => readFileSync(join(OUT, 'Link.js'))).toThrow();
  });

  it('accept and reject exactly as the run-time compiled ones, with the same errors', async () => {
    const note = example('note.json');
    await sameAs('Note', note);
    await sameAs('Note', { ...note, message: 42, type: 'unknown-kind', extra: true, __proto__x: 1 });
    await sameAs('Events', example('events.json'));
    await sameAs('Events', { sender: [{ rel: 'x', events: [{ type: 'added' }] }] });
    const error = Object.entries(bundle.definitions).find(([, d]) => d.ucwaKind === 'error')![0];
    await sameAs(error, example('error.json'));
    await sameAs(error, { code: 7 });
  });

  it('the CLI loads a current module and ignores one built from another bundle', async () => {
    const dir = pathToFileURL(OUT + '/');
    expect(await loadGenerated('Note', dir)).toBe(true);
    writeFileSync(join(OUT, 'Stale.js'), 'export const fingerprint = "old"; export default () => true;\n');
    expect(await loadGenerated('Stale', dir)).toBe(false);
    expect(await loadGenerated('Absent', dir)).toBe(false);
    expect(await loadGenerated('../Note', dir)).toBe(false);
  });
});
