/**
 * Round-trip laws over EVERY resource and request definition of the bundle
 * (iterated at run time: the model grows while this suite stays the same),
 * and over the hand-written test bundle:
 *   decodeXml(encodeXml(v)) == v          for valid values v
 *   encodeXml(decodeXml(x)) == x          for XML the encoder wrote (canonical form)
 *   decodeJson(encodeJson(v)) == v and encodeJson(decodeJson(t)) == t
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundle } from '../src/generated/schema-bundle.js';
import { decodeJson, decodeXml, encodeJson, encodeXml } from '../src/index.js';
import { createPlanner, type Planner } from '../src/schema/plan.js';
import type { SchemaBundle } from '../src/schema/types.js';
import { arbitraryFor } from './support/arbitrary.js';
import { codecBundle } from './support/codec-bundle.js';

const RUNS = Number(process.env.CODEC_LAW_RUNS ?? 12);

function lawTargets(b: SchemaBundle): string[] {
  return Object.entries(b.definitions)
    .filter(([, d]) => (d.ucwaKind === 'resource' || d.ucwaKind === 'request') && !d.ucwaContentType)
    .map(([name]) => name);
}

function checkLaws(b: SchemaBundle, planner: Planner, name: string, runs = RUNS): void {
  const options = { resource: name, planner };
  fc.assert(
    fc.property(arbitraryFor(b, name), (v) => {
      const xml = encodeXml(v, options);
      const back = decodeXml(xml, options as never);
      expect(back).toStrictEqual(v);
      expect(encodeXml(back, options)).toBe(xml);
      const compact = encodeXml(v, { ...options, indent: 0 });
      expect(decodeXml(compact, options as never)).toStrictEqual(v);
      const json = encodeJson(v);
      expect(decodeJson(json)).toStrictEqual(v);
      expect(encodeJson(decodeJson(json))).toBe(json);
    }),
    { numRuns: runs },
  );
}

describe('laws over the test bundle', () => {
  const planner = createPlanner(codecBundle);
  for (const name of lawTargets(codecBundle)) {
    it(`${name} round-trips through XML and JSON`, () => checkLaws(codecBundle, planner, name, 200));
  }
});

describe('laws over every definition of the generated bundle', () => {
  const planner = createPlanner(bundle);
  const targets = lawTargets(bundle);
  it('has resource and request definitions to check', () => {
    expect(targets.length).toBeGreaterThan(100);
  });
  for (const name of targets) {
    it(`${name} round-trips through XML and JSON`, () => checkLaws(bundle, planner, name));
  }
});
