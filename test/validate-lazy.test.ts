import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { bundle } from '../src/generated/schema-bundle.js';
import { ANNOTATIONS } from '../scripts/generate-schemas.js';
import { prepareBundle } from '../src/validate/ajv.js';
import { compiledValidatorFor as validatorFor, validate } from '../src/validate/validate.js';
import { validatorCount as compiledCount } from '../src/validate/validators.js';

describe('lazy compilation', () => {
  it('validating one small document compiles only the types it needs', () => {
    expect(compiledCount()).toBe(0);
    expect(validate({ rel: 'note', message: 'hi' }).valid).toBe(true);
    expect(compiledCount()).toBe(1);
    validate({ rel: 'note', message: 'again' });
    expect(compiledCount()).toBe(1);
    expect(Object.keys(bundle.definitions).length).toBeGreaterThan(100);
  });
});

describe('the bundle as ajv sees it', () => {
  it('registers every ucwa annotation found in the bundle, and they are the documented ones', () => {
    const { keywords } = prepareBundle();
    expect(keywords).toEqual(expect.arrayContaining(['ucwaKind', 'ucwaPage', 'ucwaType', 'ucwaOperation']));
    for (const k of keywords) expect(ANNOTATIONS).toContain(k);
  });

  it('is a valid draft-07 schema (checked here, so start-up can skip it)', () => {
    const { schema, keywords } = prepareBundle();
    const ajv = new Ajv({ strict: true, keywords });
    expect(ajv.validateSchema(schema), ajv.errorsText()).toBe(true);
  });

  it('guards only open maps, and leaves out the descriptions (nothing reads them from errors)', () => {
    const { schema } = prepareBundle();
    const guards = (node: unknown): number =>
      node && typeof node === 'object' ? Object.values(node).reduce((n: number, v) => n + guards(v), 'propertyNames' in node ? 1 : 0) : 0;
    const before = guards(bundle.definitions);
    const after = guards(schema.definitions);
    expect(after).toBeGreaterThan(before);
    const added = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      if ('propertyNames' in record && record.additionalProperties !== undefined) {
        expect(record.additionalProperties).not.toBe(false);
      }
      expect(typeof record.description === 'string').toBe(false);
      for (const v of Object.values(record)) added(v);
    };
    added(schema.definitions);
    // The enum members and consts are kept as they are; a property named `description` too.
    expect(JSON.stringify(schema)).toContain('"description":{');
  });

  it('every definition compiles in strict mode', () => {
    for (const name of Object.keys(bundle.definitions)) expect(validatorFor(name), name).toBeTypeOf('function');
  }, 60_000);
});
