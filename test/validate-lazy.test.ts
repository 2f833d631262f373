import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { bundle } from '../src/generated/schema-bundle.js';
import { ANNOTATIONS } from '../scripts/generate-schemas.js';
import { compiledCount, prepareBundle, validatorFor } from '../src/validate/ajv.js';
import { validate } from '../src/validate/validate.js';

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

  it('shares unchanged schemas and guards only open maps', () => {
    const { schema } = prepareBundle();
    const changed = Object.keys(bundle.definitions).filter((n) => schema.definitions[n] !== bundle.definitions[n]);
    for (const name of changed) {
      const def = schema.definitions[name]!;
      expect(JSON.stringify(def), name).toContain('propertyNames');
    }
    expect(changed.length).toBeLessThan(Object.keys(bundle.definitions).length / 4);
  });

  it('every definition compiles in strict mode', () => {
    for (const name of Object.keys(bundle.definitions)) expect(validatorFor(name), name).toBeTypeOf('function');
  }, 60_000);
});
