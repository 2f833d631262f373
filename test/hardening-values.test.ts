/**
 * Issue 13, items 3 and 9, and what they are instances of: the number of
 * problems one document reports is bounded (MAX_PROBLEMS) in every stage
 * that lists them (validation, the XML decoder and encoder, batches), lists of
 * problems are never spread onto the call stack, mapping them is linear,
 * and sparse arrays are refused at their first hole, at the cost of what
 * precedes it.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ValidateFunction } from 'ajv';
import { decodeXml, encodeJson, encodeXml, normalize, UcwaError, validate, validateJson, validateXml, type ValidationResult } from '../src/index.js';
import { compiledValidatorFor as validatorFor } from '../src/validate/validate.js';
import { MAX_PROBLEMS, TOO_MANY_PROBLEMS } from '../src/validate/validators.js';
import { ensureBuilt, root } from './cli-support.js';

const NS = 'http://schemas.microsoft.com/rtc/2012/03/ucwa';

function codeOf(run: () => unknown): string {
  try {
    run();
    return 'ok';
  } catch (error) {
    if (!(error instanceof UcwaError)) throw error;
    return error.diagnostics.map((d) => `${d.code} ${d.path}`).join('; ');
  }
}

const count = (r: ValidationResult, code: string) => r.diagnostics.filter((d) => d.code === code).length;

describe('a flat document with 125,000 unknown names (item 3: validate* threw RangeError)', () => {
  const names = 125_000;
  const value: Record<string, unknown> = { rel: 'note', message: 'hi' };
  for (let i = 0; i < names; i++) value[`k${i}`] = 'v';
  const json = JSON.stringify(value);
  const xml = `<resource rel="note" href="/n" xmlns="${NS}">${Array.from({ length: names }, (_, i) => `<property name="k${i}">v</property>`).join('')}</resource>`;

  it.each([
    ['validateJson', () => validateJson(json)],
    ['validateXml', () => validateXml(xml)],
    ['validate', () => validate(value)],
  ])('%s: a verdict listing the first MAX_PROBLEMS, then input.too-many-problems', (_, run) => {
    const result = run();
    expect(result.valid).toBe(false);
    expect(count(result, 'schema.unknown-property')).toBe(MAX_PROBLEMS);
    expect(count(result, 'input.too-many-problems')).toBe(1);
    expect(result.diagnostics.find((d) => d.code === 'input.too-many-problems')).toMatchObject({
      severity: 'error',
      message: `\`note\` has more than ${MAX_PROBLEMS} problems; the rest are not listed`,
    });
  });

  it('below the bound every name is listed, and the document stays valid (unknown names are warnings)', () => {
    const fewer: Record<string, unknown> = { rel: 'note' };
    for (let i = 0; i < 20_000; i++) fewer[`k${i}`] = i;
    const result = validate(fewer);
    expect(result.valid).toBe(true);
    expect(count(result, 'schema.unknown-property')).toBe(20_000);
  });
});

describe('the bound on problems (a 16 MB document of wrong items would cost gigabytes of ajv errors)', () => {
  it('holds for wrong items of a list: ajv stops, the verdict says so', () => {
    const items = 60_000; // two ajv errors each (type and enum)
    const result = validateJson(`{"rel":"communication","supportedModalities":[${Array(items).fill(5).join(',')}]}`);
    expect(result.valid).toBe(false);
    expect(result.diagnostics.length).toBeLessThanOrEqual(MAX_PROBLEMS + 1);
    expect(count(result, 'input.too-many-problems')).toBe(1);
  });

  it('the run-time compiled validator stops after MAX_PROBLEMS errors', () => {
    const fn = validatorFor('Note')!;
    const value: Record<string, unknown> = { rel: 'note' };
    for (let i = 0; i <= MAX_PROBLEMS; i++) value[`k${i}`] = i;
    expect(fn(value)).toBe(false);
    expect(fn.errors).toHaveLength(MAX_PROBLEMS + 1);
    expect(fn.errors!.at(-1)!.keyword).toBe(TOO_MANY_PROBLEMS);
    delete value.k0;
    expect(fn(value)).toBe(false);
    expect(fn.errors).toHaveLength(MAX_PROBLEMS);
  });

  // The same bound for every stage that lists a document's problems (pushBounded in diagnostic.ts).
  const NOTE_OPEN = `<resource xmlns="${NS}" rel="note" href="/n"`;
  const stages: Array<[string, () => unknown]> = [
    ['XML decoder: an unknown attribute each', () => decodeXml(`${NOTE_OPEN} ${Array.from({ length: MAX_PROBLEMS + 50 }, (_, i) => `a${i}="1"`).join(' ')}/>`)],
    ['XML decoder: an unknown element each', () => decodeXml(`${NOTE_OPEN}>${'<bogus/>'.repeat(MAX_PROBLEMS + 50)}</resource>`)],
    ['batch: parts of a multipart body, a problem each', () => normalize(`${'--b\r\nContent-Type: application/http; msgtype=response\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{"rel":\r\n'.repeat(MAX_PROBLEMS + 50)}--b--`, 'multipart/batching; boundary=b')],
    ['XML encoder: a character XML cannot carry each', () => encodeXml(Object.fromEntries([['rel', 'note'], ...Array.from({ length: MAX_PROBLEMS + 50 }, (_, i) => [`k${i}`, '\u0001'])]))],
  ];
  it.each(stages)('holds for the %s', (_, run) => {
    let thrown: unknown;
    try {
      run();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UcwaError);
    const diagnostics = (thrown as UcwaError).diagnostics;
    expect(diagnostics).toHaveLength(MAX_PROBLEMS + 1);
    expect(diagnostics.at(-1)!.code).toBe('input.too-many-problems');
  });

  it('holds for validateXml over the decoder\'s problems', () => {
    const result = validateXml(`${NOTE_OPEN}>${'<bogus/>'.repeat(MAX_PROBLEMS + 50)}</resource>`);
    expect(result.valid).toBe(false);
    expect(result.diagnostics).toHaveLength(MAX_PROBLEMS + 1);
    expect(count(result, 'input.too-many-problems')).toBe(1);
  });

  describe('the generated modules the CLI loads', () => {
    beforeAll(() => ensureBuilt(), 300_000);

    it('stop as well (boundErrors applied to the standalone code)', async () => {
      const url = pathToFileURL(join(root, 'dist', 'validators', 'Note.js')).href;
      const raw = ((await import(url)) as { default: ValidateFunction }).default;
      const value: Record<string, unknown> = { rel: 'note' };
      for (let i = 0; i <= MAX_PROBLEMS + 10; i++) value[`k${i}`] = i;
      let thrown: unknown;
      try {
        raw(value);
      } catch (error) {
        thrown = error;
      }
      expect((thrown as { ucwaErrors: unknown[] }).ucwaErrors).toHaveLength(MAX_PROBLEMS + 1);
    });
  });
});

describe('sparse arrays (item 9: ~1 KB of heap per hole, a length of 1e7 killed the process)', () => {
  const sparse = (length: number, ...items: unknown[]) => {
    const array: unknown[] = [];
    array.length = length;
    items.forEach((item, i) => (array[i] = item));
    return array;
  };

  it('are refused at their first hole by both encoders, with its path', () => {
    const value = { rel: 'communication', supportedModalities: sparse(1e7, 'Audio') };
    const hole = 'schema.type /supportedModalities/1';
    expect(codeOf(() => encodeXml(value))).toBe(hole);
    expect(codeOf(() => encodeJson(value))).toBe(hole);
    const embedded = { rel: 'myGroups', _embedded: { group: sparse(1e7, { rel: 'group', name: 'g' }) } };
    expect(codeOf(() => encodeXml(embedded))).toBe('schema.type /_embedded/group/1');
    // encodeXml used to skip holes silently (forEach), writing a shorter list.
    expect(codeOf(() => encodeXml({ rel: 'x', list: [1, , 3] }))).toBe('schema.type /list/1');
  });

  it('are one diagnostic from validate, for a list of strings and a list of resources', () => {
    for (const [value, path] of [
      [{ rel: 'communication', supportedModalities: sparse(1e7, 'Audio') }, '/supportedModalities/1'],
      [{ rel: 'myGroups', _embedded: { group: sparse(1e7, { rel: 'group', name: 'g' }) } }, '/_embedded/group/1'],
      [{ rel: 'note', message: 'x', bag: { deep: sparse(5, 1, 2) } }, '/bag/deep/2'],
    ] as const) {
      const result = validate(value);
      expect(result.valid).toBe(false);
      expect(result.diagnostics).toEqual([
        expect.objectContaining({ code: 'schema.type', path, message: expect.stringMatching(/^Item \d+ is a hole: the array \(length \d+\) is sparse/) }),
      ]);
    }
  });

  it('cost what precedes the first hole: a length of 1e7 is not walked', () => {
    // Holes ajv meets before that are bounded by MAX_PROBLEMS; the walk stops at the first.
    const value = { rel: 'communication', supportedModalities: sparse(1e7, 'Audio') };
    for (let i = 0; i < 1000; i++) expect(codeOf(() => encodeJson(value))).toMatch(/^schema\.type/);
    for (let i = 0; i < 1000; i++) expect(codeOf(() => encodeXml(value))).toMatch(/^schema\.type/);
  });
});

describe('mapping many errors under anyOf is linear (each was compared with every anyOf error: quadratic)', () => {
  // A property bag's values are a string or a list of strings (anyOf): 50,000 numbers give 50,000 anyOf errors
  // and the errors of their branches. Linear: about a second; quadratic: billions of comparisons, far past the timeout.
  it('50,000 wrong values of a property bag', { timeout: 20_000 }, () => {
    const parameters: Record<string, unknown> = {};
    for (let i = 0; i < 50_000; i++) parameters[`p${i}`] = i;
    const result = validate({ code: 'BadRequest', parameters }, { resource: 'ErrorBody' });
    expect(result.valid).toBe(false);
    expect(result.diagnostics[0]).toMatchObject({ code: 'schema.type', path: '/parameters/p0', message: expect.stringContaining('must be a list of strings or a string') });
    expect(count(result, 'input.too-many-problems')).toBe(1);
  });

  it('a list of 50,000 wrong resources: nested validators\' errors are appended, not concatenated (quadratic)', { timeout: 20_000 }, () => {
    const group = Array.from({ length: 50_000 }, () => ({ rel: 'group', name: 5 }));
    const result = validate({ rel: 'myGroups', _embedded: { group } });
    expect(result.valid).toBe(false);
    expect(result.diagnostics.length).toBeGreaterThanOrEqual(50_000);
  });
});
