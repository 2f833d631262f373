/**
 * Every response example of the reference pages (read at run time, never
 * copied) validates in both forms, in strict mode, except the cases listed
 * in `referenceCases`, where the page is wrong or the body needs a type the
 * example does not name. The list is checked both ways: a listed case must
 * still produce exactly the diagnostics it names, so it cannot go stale.
 */
import { describe, expect, it } from 'vitest';
import { bundle } from '../src/generated/schema-bundle.js';
import { validateJson, validateXml } from '../src/index.js';
import { referenceDir, resourcePages, responseExamples, type Format, type ResponseExample } from './support/reference.js';

interface ReferenceCase {
  page: string;
  method: string;
  /** Both forms when absent. */
  format?: Format;
  /** Type to validate the body as, when the example carries no rel that says it. */
  resource?: string;
  /** Error diagnostics (code and path) the example produces in strict mode; none when absent. */
  expect?: { code: string; path: string }[];
  why: string;
}

const referenceCases: ReferenceCase[] = [
  {
    page: 'from',
    method: 'GET',
    expect: [{ code: 'schema.unknown-resource', path: '/rel' }],
    why: 'the example writes the link name `from` as the rel; the resource is a participant, whose rel is `participant`',
  },
  {
    page: 'acceptedByParticipant',
    method: 'GET',
    expect: [{ code: 'schema.unknown-resource', path: '/rel' }],
    why: 'the example writes the link name as the rel; the resource is a participant',
  },
  {
    page: 'renegotiations',
    method: 'POST',
    resource: 'audioVideoRenegotiation',
    why: 'the 201 body is the new audioVideoRenegotiation, written without its rel',
  },
  {
    page: 'resumeAudio',
    method: 'POST',
    resource: 'audioVideoRenegotiation',
    why: 'the 201 body is an audioVideoRenegotiation, written without its rel',
  },
  {
    page: 'resumeAudioVideo',
    method: 'POST',
    resource: 'audioVideoRenegotiation',
    why: 'the 201 body is an audioVideoRenegotiation, written without its rel',
  },
];

/** A body without rel is typed by the model's definition for that page and operation, else by the page. */
function responseType(page: string, method: string): string {
  const defs = Object.entries(bundle.definitions);
  const own = defs.find(([, d]) => d.ucwaPage === page && d.ucwaKind !== 'request' &&
    (d.ucwaOperation === method || (method === 'OPTIONS' && d.ucwaKind === 'options')));
  return own ? own[0] : page;
}

function hasRel(example: ResponseExample): boolean {
  const body = example.example.body;
  if (example.format === 'xml') return /^\s*(<\?xml[^>]*>\s*)?<resource\b[^>]*\srel=/.test(body);
  try {
    return typeof (JSON.parse(body) as { rel?: unknown }).rel === 'string';
  } catch {
    return true; // let the validator report the syntax error
  }
}

const casesFor = (e: ResponseExample) =>
  referenceCases.filter((c) => c.page === e.page && c.method === e.operation.method && (!c.format || c.format === e.format));

const examples = referenceDir ? responseExamples() : [];
const used = new Set<ReferenceCase>();

describe.skipIf(!referenceDir)('reference response examples validate (skipped when ../shared/ucwa-reference is absent)', () => {
  it('has examples to check', () => {
    expect(examples.length).toBeGreaterThan(250);
  });

  for (const example of examples) {
    const { page, format } = example;
    const { method, index } = example.operation;
    it(`${page} ${method}#${index} ${format}`, () => {
      const cases = casesFor(example);
      cases.forEach((c) => used.add(c));
      const resource = cases.find((c) => c.resource)?.resource ?? (hasRel(example) ? undefined : responseType(page, method));
      const validate = format === 'json' ? validateJson : validateXml;
      const options = resource ? { resource } : {};
      const key = (d: { code: string; path: string }) => `${d.code} ${d.path}`;
      const expected = [...new Set(cases.flatMap((c) => c.expect ?? []).map(key))].sort();

      const strict = validate(example.example.body, { ...options, strict: true });
      const errors = strict.diagnostics.filter((d) => d.severity === 'error');
      expect([...new Set(errors.map(key))].sort(), errors.map((d) => d.message).join('\n')).toEqual(expected);

      // Default mode only relaxes: it never reports an error strict mode does not.
      const lenient = validate(example.example.body, options);
      for (const d of lenient.diagnostics.filter((x) => x.severity === 'error')) expect(expected).toContain(key(d));
    });
  }

  it('every listed case matches an example (no stale entries)', () => {
    expect(referenceCases.filter((c) => !used.has(c)).map((c) => `${c.page} ${c.method}`)).toEqual([]);
  });
});

describe.skipIf(!referenceDir)('reference event samples validate as event channel responses', () => {
  const samples = referenceDir
    ? resourcePages().flatMap((p) => p.events.flatMap((e) => (e.sample ? [{ page: p.name, type: e.type, sample: e.sample }] : [])))
    : [];

  it('has samples to check', () => {
    expect(samples.length).toBeGreaterThan(100);
  });

  for (const [i, { page, type, sample }] of samples.entries()) {
    it(`${page} ${type} #${i}`, () => {
      const r = validateJson(sample, { strict: true });
      expect(r.diagnostics.map((d) => d.message)).toEqual([]);
    });
  }
});
