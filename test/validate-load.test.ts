/**
 * Loading precompiled validators (src/validate/load.ts) into the registry
 * that validation without a compiler (the browser build) reads: by rel,
 * page or type name; a miss is reported, never passed; a module of another
 * bundle is refused; withValidators loads what a validation asks for.
 * The modules here are stand-ins compiled by ajv, so no build is needed.
 */
import { describe, expect, it } from 'vitest';
import { UcwaError } from '../src/diagnostic.js';
import { bundleFingerprint } from '../src/generated/schema-bundle.js';
import { compileDefinition } from '../src/validate/ajv.js';
import { createValidatorLoader, type ValidatorModule } from '../src/validate/load.js';
import { validate } from '../src/validate/value.js';

const asked: string[] = [];
const module = (typeName: string, fingerprint = bundleFingerprint) => async (): Promise<ValidatorModule> => {
  asked.push(typeName);
  return { fingerprint, default: compileDefinition(typeName)! };
};
const loader = createValidatorLoader({
  Note: module('Note'),
  Events: module('Events'),
  Participant: module('Participant'),
  Presence: module('Presence', 'another-bundle'),
});

const EVENTS = {
  sender: [{ rel: 'me', href: '/me', events: [{ link: { rel: 'participant', href: '/p' }, type: 'added', _embedded: { participant: { rel: 'participant', name: 7 } } }] }],
};

describe('loadValidators / withValidators', () => {
  it('a type whose validator is not loaded is an error that says how to load it', () => {
    const result = validate({ rel: 'note', message: 'hi' });
    expect(result.valid).toBe(false);
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'schema.validator-unavailable', message: expect.stringMatching(/loadValidators\(\['Note'\]\)/) })]);
  });

  it('loads by rel, page or type name, once; then validation is synchronous', async () => {
    expect(await loader.loadValidators(['note', 'Note'])).toEqual(['Note']);
    expect(asked).toEqual(['Note']);
    expect(validate({ rel: 'note', message: 'hi' })).toMatchObject({ valid: true, resource: 'Note' });
    expect(validate({ rel: 'note', message: 1 }).diagnostics[0]).toMatchObject({ code: 'schema.type', path: '/message' });
    expect(loader.validatorTypes).toEqual(['Note', 'Events', 'Participant', 'Presence']);
  });

  it('rejects a name of no type (with the near names) and a module built from another bundle', async () => {
    const unknown = await loader.loadValidators(['notee']).catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(UcwaError);
    expect((unknown as UcwaError).diagnostics[0]).toMatchObject({ code: 'schema.unknown-resource', message: expect.stringMatching(/did you mean `note`/) });
    const stale = await loader.loadValidators(['presence']).catch((e: unknown) => e);
    expect((stale as UcwaError).diagnostics[0]).toMatchObject({ code: 'schema.validator-unavailable', message: expect.stringMatching(/Presence/) });
    expect(validate({ rel: 'presence' }).diagnostics[0]?.code).toBe('schema.validator-unavailable');
  });

  it('withValidators loads what the validation asks for: the event channel, then the resources it embeds', async () => {
    const before = validate(EVENTS);
    expect(before.diagnostics.map((d) => d.code)).toEqual(['schema.validator-unavailable']);
    const result = await loader.withValidators(() => validate(EVENTS));
    expect(asked).toEqual(expect.arrayContaining(['Events', 'Participant']));
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'schema.type', path: '/sender/0/events/0/_embedded/participant/name' })]);
  });

  it('gives up on what it cannot load, and the result says which', async () => {
    const result = await loader.withValidators(() => validate({ rel: 'presence' }));
    expect(result.diagnostics[0]?.code).toBe('schema.validator-unavailable');
  });
});
