import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { arbitraryFor } from './support/arbitrary.js';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ValidateFunction } from 'ajv';
import { documentTypes, generateValidators } from '../scripts/generate-validators.js';
import { compiledValidatorFor as validatorFor } from '../src/validate/validate.js';
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

  it('share the code of common definitions: a type module imports parts, never a copy of them', () => {
    const sizes = (dir: string): number =>
      readdirSync(dir).reduce((n, f) => n + (statSync(join(dir, f)).isDirectory() ? sizes(join(dir, f)) : statSync(join(dir, f)).size), 0);
    const note = readFileSync(join(OUT, 'Note.js'), 'utf8');
    expect(note).toMatch(/import \{ validate\d+ \} from "\.\/parts\/Link\.js";/);
    expect(note).not.toContain('"href"'); // Link's own code lives in parts/Link.js
    // An alias is its target's module.
    expect(readFileSync(join(OUT, 'Organizer.js'), 'utf8')).toContain('export { default, fingerprint } from "./Contact.js";');
    // The whole catalogue once: well under the 7.2 MB of one self-contained module per type.
    expect(sizes(OUT)).toBeLessThan(2.5 * 1024 * 1024);
  });

  it('every document type has a module whose validator agrees with the run-time compiled one', async () => {
    const types = documentTypes();
    expect(types.length).toBeGreaterThan(300);
    for (const typeName of types) {
      const [sample] = fc.sample(arbitraryFor(bundle, typeName), { numRuns: 1, seed: 15 });
      await sameAs(typeName, sample);
      await sameAs(typeName, { ...(typeof sample === 'object' ? sample : {}), rel: 42, unknownName: [1] });
    }
  }, 120_000);

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
