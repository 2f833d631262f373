/**
 * Issue 13, item 2: deep nesting. `maxDepth` has a ceiling (MAX_DEPTH_CEILING),
 * proven here: every walker of the built library (the XML decoder in each
 * body shape, the JSON decoder, normalize, both encoders, the validators)
 * runs at the ceiling, cold, in its costliest shape, in a child process
 * with half of V8's default stack. Past the ceiling a larger `maxDepth`
 * counts as the ceiling; with a stack too small even for that, the answer
 * is still `input.too-deep`, never a RangeError.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeJson, decodeXml, encodeJson, encodeXml, normalize, UcwaError, validate } from '../src/index.js';
import { MAX_DEPTH_CEILING } from '../src/codec/options.js';
import { ensureBuilt, root } from './cli-support.js';

const run = promisify(execFile);
const NS = 'http://schemas.microsoft.com/rtc/2012/03/ucwa';
/** V8's default stack on 64-bit platforms, in KB (`node --v8-options`, --stack-size). */
const DEFAULT_STACK_KB = 984;

/** The probe's results at `depth`, run with `stackKb` of stack. */
async function probe(depth: number, stackKb: number): Promise<Record<string, string>> {
  const script = join(root, 'test', 'support', 'depth-probe.mjs');
  const { stdout } = await run(process.execPath, [`--stack-size=${stackKb}`, script, String(depth), String(MAX_DEPTH_CEILING)], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout) as Record<string, string>;
}

/** The XML resources nest three JSON levels per element (resource, _embedded, array): ajv then needs three times the stack. */
const VERDICT_ONLY = new Set(['validateXml resources', 'validateXml events']);

function firstCode(run: () => unknown): string {
  try {
    run();
    return 'ok';
  } catch (error) {
    if (!(error instanceof UcwaError)) throw error;
    return `${error.diagnostics[0]!.code}: ${error.diagnostics[0]!.message}`;
  }
}

describe('the maxDepth ceiling', () => {
  let halfStack: Record<string, string>;
  let pastCeiling: Record<string, string>;
  let tinyStack: Record<string, string>;
  beforeAll(async () => {
    await ensureBuilt();
    [halfStack, pastCeiling, tinyStack] = await Promise.all([
      probe(MAX_DEPTH_CEILING, DEFAULT_STACK_KB / 2),
      probe(MAX_DEPTH_CEILING + 1, DEFAULT_STACK_KB / 2),
      probe(MAX_DEPTH_CEILING, 120),
    ]);
  }, 300_000);

  it('holds at the ceiling with half the default stack, for every walker and shape', () => {
    expect(Object.keys(halfStack).length).toBeGreaterThan(40);
    for (const [walker, outcome] of Object.entries(halfStack)) {
      if (VERDICT_ONLY.has(walker)) expect([walker, outcome]).toEqual([walker, expect.stringMatching(/^(ok|stack)$/)]);
      else expect([walker, outcome]).toEqual([walker, 'ok']);
    }
  });

  it('one level past the ceiling is input.too-deep from the limit, everywhere', () => {
    for (const [walker, outcome] of Object.entries(pastCeiling)) expect([walker, outcome]).toEqual([walker, 'limit']);
  });

  it('with a stack too small for the ceiling, input.too-deep still, never an exception', () => {
    const outcomes = Object.values(tinyStack);
    expect(outcomes).toContain('stack');
    for (const [walker, outcome] of Object.entries(tinyStack)) expect([walker, outcome]).toEqual([walker, expect.stringMatching(/^(ok|stack)$/)]);
  });

  it('a larger maxDepth counts as the ceiling (issue 13: ~700 resources under maxDepth 2000 threw RangeError)', () => {
    const levels = 700;
    const xml = `<resource xmlns="${NS}" rel="me" href="/m">` + '<resource rel="a" href="/a">'.repeat(levels) + '</resource>'.repeat(levels + 1);
    const limit = `input.too-deep: The input nests deeper than the limit of ${MAX_DEPTH_CEILING} levels.`;
    for (const maxDepth of [2000, 1e9, Infinity]) {
      expect(firstCode(() => decodeXml(xml, { maxDepth }))).toBe(limit);
      expect(firstCode(() => normalize(xml, 'application/xml', { maxDepth }))).toBe(limit);
      expect(firstCode(() => decodeJson('['.repeat(levels) + ']'.repeat(levels), { maxDepth }))).toBe(limit);
      let value: unknown = {};
      for (let i = 0; i < levels; i++) value = { p: value };
      expect(firstCode(() => encodeJson(value, { maxDepth }))).toMatch(/^input\.too-deep/);
      expect(firstCode(() => encodeXml({ rel: 'note', p: value }, { maxDepth }))).toMatch(/^input\.too-deep/);
    }
  });

  it('a cycle in a value built in code is too deep, for the encoders and validate', () => {
    const cycle: Record<string, unknown> = { rel: 'note', message: 'x' };
    cycle.self = cycle;
    expect(firstCode(() => encodeJson(cycle))).toMatch(/^input\.too-deep/);
    expect(firstCode(() => encodeXml(cycle))).toMatch(/^input\.too-deep/);
    expect(validate(cycle).diagnostics.map((d) => d.code)).toEqual(['input.too-deep']);
  });
});
