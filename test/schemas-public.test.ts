/**
 * schemas/ as standard tools take it: ajv in its default strict mode with no
 * option, one file for any payload (the root dispatches on rel), one
 * standalone file per document type. (ajv-cli, its command line, runs on
 * them in test/schemas-e2e.test.ts.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundle } from '../src/generated/schema-bundle.js';
import { canonicalType, lookupType } from '../src/validate/names.js';
import { typeForRel } from '../src/schema/plan.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;

/** ajv exactly as a user creates it, with its warnings collected (strictTypes and strictTuples only log). */
function strictAjv(warnings: unknown[]): Ajv {
  const collect = (...args: unknown[]) => warnings.push(args.join(' '));
  return new Ajv({ logger: { log() {}, warn: collect, error: collect } });
}

const NOTE = { rel: 'note', message: 'Back at 3', type: 'Personal', _links: { self: { href: '/ucwa/v1/applications/3/me/note' } } };

describe('schemas/ucwa.schema.json', () => {
  const warnings: unknown[] = [];
  let validate: ValidateFunction;
  beforeAll(() => {
    validate = strictAjv(warnings).compile(read('schemas/ucwa.schema.json'));
  }, 60_000);

  it('compiles in ajv default strict mode with no option and no warning', () => {
    expect(warnings).toEqual([]);
    expect(JSON.stringify(read('schemas/ucwa.schema.json'))).not.toMatch(/"ucwa[A-Z]\w*":"/);
  });

  it('accepts every payload of examples/ and the bodies that come without rel', () => {
    for (const file of readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.json'))) {
      expect(validate(read(`examples/${file}`)), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    expect(validate(NOTE)).toBe(true);
    expect(validate({ culture: 'en-US', endpointId: 'e1', userAgent: 'app/1' })).toBe(true); // a request body
    expect(validate({ _links: { self: { href: '/' }, user: { href: '/u' } } })).toBe(true); // the discovery root
  });

  it('rejects a wrong rel, a wrong shape, and a body without rel that is none of those that come without one', () => {
    expect(validate({ ...NOTE, rel: 'nte' })).toBe(false);
    expect(validate({ ...NOTE, message: 42 })).toBe(false);
    expect(validate({ ...NOTE, type: 'Persnal' })).toBe(false);
    expect(validate({ rel: 'presence', message: 'a note property' })).toBe(false);
    expect(validate({ rel: 42 })).toBe(false);
    expect(validate({ mood: 'happy' })).toBe(false);
    expect(validate([NOTE])).toBe(false);
  });

  it('dispatches every rel to the type the library checks it as', () => {
    const schema = read('schemas/ucwa.schema.json') as { then: { properties: { rel: { enum: string[] } }; allOf: { if: unknown; then: { $ref: string } }[] } };
    const rels = schema.then.properties.rel.enum;
    expect(rels.length).toBeGreaterThan(200);
    for (const branch of schema.then.allOf) {
      const rel = (branch.if as { properties: { rel: { const: string } } }).properties.rel.const;
      expect(branch.then.$ref).toBe(`#/definitions/${typeForRel(rel)}`);
      // The typed decoders narrow `resource: rel` to ResourceByRel[rel]: the name must resolve to that type.
      expect(canonicalType(lookupType(rel).type ?? ''), rel).toBe(canonicalType(typeForRel(rel)!));
    }
  });
});

describe('schemas/resources/', () => {
  const files = readdirSync(join(root, 'schemas/resources'));

  it('has one standalone file per document type, each compiling in default strict mode with no warning', () => {
    const documents = Object.entries(bundle.definitions).filter(([, d]) => ['resource', 'request', 'error', 'events', 'options', 'response'].includes(String(d.ucwaKind)));
    expect(files.sort()).toEqual(documents.map(([name]) => `${name}.schema.json`).sort());
    const warnings: unknown[] = [];
    for (const file of files) {
      const schema = read(`schemas/resources/${file}`);
      expect(schema.$id).toBe(`https://ucwa-codec.dev/schemas/resources/${file}`);
      strictAjv(warnings).compile(schema);
    }
    expect(warnings).toEqual([]);
  }, 60_000);

  it('checks its type: Note accepts a note and rejects a wrong one', () => {
    const validate = strictAjv([]).compile(read('schemas/resources/Note.schema.json'));
    expect(validate(NOTE)).toBe(true);
    expect(validate({ ...NOTE, message: 5 })).toBe(false);
    expect(validate({ ...NOTE, rel: 'presence' })).toBe(false);
  });
});
