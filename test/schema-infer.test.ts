/**
 * Typing bodies without a rel by their names (src/schema/infer.ts): the
 * rules one by one, then catalogue-wide: every definition of the model,
 * and every reference example without a rel (read at run time), is
 * inferred to its own type or reported ambiguous with its type among the
 * candidates, never as another type.
 */
import { describe, expect, it } from 'vitest';
import { bundle } from '../src/generated/schema-bundle.js';
import { shapeIndex } from '../src/generated/shape-index.js';
import { decodeJson, decodeXmlDocument } from '../src/index.js';
import { bodyNames, inferType, shapeIndexOf, type BodyNames } from '../src/schema/infer.js';
import { buildShapeIndex } from '../src/schema/shapes.js';
import type { SchemaBundle, ShapeIndex } from '../src/schema/types.js';
import { hasUcwaBody, referenceDir, resourcePages } from './support/reference.js';

const names = (properties: string[] = [], links: string[] = [], embedded: string[] = []): BodyNames => ({ properties, links, embedded });

/** A small index to show each rule on its own. */
const toy: ShapeIndex = {
  entries: [
    { type: 'Gizmo', kind: 'resource', properties: ['color', 'size'], required: [], links: ['self', 'owner'], embedded: [] },
    { type: 'GizmoDetails', kind: 'resource', properties: ['color', 'size', 'weight'], required: [], links: ['self', 'owner'], embedded: [] },
    { type: 'Entry', kind: 'resource', withoutRel: true, properties: [], required: [], links: ['self', 'next', 'help'], embedded: [] },
    { type: 'Index', kind: 'resource', properties: [], required: [], links: ['self', 'next'], embedded: [] },
    { type: 'GizmoPostInput', kind: 'request', properties: ['color', 'size'], required: ['color'], links: [], embedded: [] },
    { type: 'PaintPostInput', kind: 'request', properties: ['color', 'gloss'], required: ['gloss'], links: [], embedded: [] },
  ],
};

describe('inferType: the rules', () => {
  it('one type holding every name is the type', () => {
    expect(inferType(names(['weight'], ['self']), 'any', toy)).toEqual({ type: 'GizmoDetails', candidates: ['GizmoDetails'], likely: ['GizmoDetails'], partial: false });
  });

  it('several types holding every name are candidates, never a guess', () => {
    expect(inferType(names(['color'], ['self']), 'any', toy)).toEqual({ candidates: ['Gizmo', 'GizmoDetails'], likely: ['Gizmo', 'GizmoDetails'], partial: false });
  });

  it('bodies that arrive without rel win: requests and @ucwaWithoutRel resources over resources', () => {
    expect(inferType(names(['color', 'size']), 'any', toy).type).toBe('GizmoPostInput');
    expect(inferType(names([], ['self', 'next']), 'any', toy).type).toBe('Entry');
    // The XML root says which form it is.
    expect(inferType(names(['color', 'size']), 'resource', toy).candidates).toEqual(['Gizmo', 'GizmoDetails']);
  });

  it('a type whose required properties the body all carries wins', () => {
    expect(inferType(names(['color']), 'request', toy).type).toBe('GizmoPostInput');
    expect(inferType(names(['color', 'gloss']), 'request', toy).type).toBe('PaintPostInput');
  });

  it('request bodies match names without regard to case, resources exactly', () => {
    expect(inferType(names(['Color', 'SIZE']), 'any', toy).type).toBe('GizmoPostInput');
    expect(inferType(names(['Weight'], ['self']), 'any', toy).candidates).toEqual([]);
  });

  it('with no exact fit, the types that know most names (at least two, a majority) are partial fits', () => {
    expect(inferType(names(['color', 'size', 'weight', 'zzNew'], ['self']), 'any', toy)).toEqual({ type: 'GizmoDetails', candidates: ['GizmoDetails'], likely: ['GizmoDetails'], partial: true });
    expect(inferType(names(['color', 'zzA', 'zzB']), 'any', toy).candidates).toEqual([]);
    expect(inferType(names(['zzNothing']), 'any', toy)).toEqual({ candidates: [], likely: [], partial: true });
  });

  it('an empty body fits every type of its form; the GUID PUT token is no name', () => {
    expect(inferType(names(), 'request', toy).candidates).toEqual(['GizmoPostInput', 'PaintPostInput']);
    const guid = '0c31ad3f-9d4e-4d1c-9a36-fb4fa3d2f3a1';
    expect(inferType(bodyNames({ [guid]: 'token', weight: 1, _links: { self: { href: '/g' } } }), 'any', toy).type).toBe('GizmoDetails');
  });

  it('bodyNames reads own keys, _links and _embedded, never rel', () => {
    expect(bodyNames({ rel: 'x', a: 1, _links: { self: {}, b: [] }, _embedded: { c: {} } })).toEqual(names(['a'], ['self', 'b'], ['c']));
    expect(bodyNames({ _links: 'oops', _embedded: [] })).toEqual(names());
  });

  it('a huge body costs one pass over its names', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => `zz${i}`);
    expect(inferType(names([...many, 'culture', 'endpointId', 'userAgent'])).candidates).toEqual([]);
  });
});

describe('the shape index', () => {
  it('is generated from the model (the drift test keeps the file equal to this)', () => {
    expect(buildShapeIndex(bundle)).toEqual(shapeIndex);
    expect(shapeIndexOf(bundle)).toBe(shapeIndex);
  });

  it('holds the discovery responses, marked as arriving without rel', () => {
    const entry = (type: string) => shapeIndex.entries.find((e) => e.type === type);
    expect(entry('Root')).toMatchObject({ withoutRel: true, links: ['redirect', 'self', 'user', 'xframe'] });
    expect(entry('User')).toMatchObject({ withoutRel: true, links: ['applications', 'redirect', 'self', 'xframe'] });
    expect(entry('ApplicationsPostInput')).toMatchObject({ kind: 'request', required: ['culture', 'endpointId', 'userAgent'] });
    expect(entry('Applications2PostInput')).toBeUndefined(); // an alias: same shape as ApplicationsPostInput
  });
});

describe('real bodies without rel', () => {
  it('infers the discovery root, the user resource and the applications POST body', () => {
    const root = { _links: { self: { href: 'https://a/root' }, user: { href: 'https://a/user' }, xframe: { href: 'https://a/xframe' } } };
    expect(inferType(bodyNames(root)).type).toBe('Root');
    const user = { _links: { self: { href: 'https://a/user' }, applications: { href: 'https://b/applications', revision: '2' }, xframe: { href: 'https://a/xframe' } } };
    expect(inferType(bodyNames(user)).type).toBe('User');
    expect(inferType(bodyNames({ culture: 'en-US', endpointId: 'e', userAgent: 'u' })).type).toBe('ApplicationsPostInput');
    expect(inferType(bodyNames({ Culture: 'en-US', EndpointId: 'e', UserAgent: 'u', type: 'Browser' })).type).toBe('ApplicationsPostInput');
  });

  it('a redirect (self and redirect only) may be the root or the user resource: both are named', () => {
    expect(inferType(bodyNames({ _links: { self: { href: '/u' }, redirect: { href: '/r' } } })).candidates).toEqual(['Root', 'User']);
  });
});

// ---------------------------------------------------------------- catalogue-wide

const defs = bundle.definitions;

/** Definition name after aliases. */
function target(name: string): string {
  let current = name;
  for (let i = 0; i < 32; i++) {
    const ref = defs[current]?.$ref;
    if (typeof ref !== 'string') return current;
    current = ref.replace('#/definitions/', '');
  }
  return current;
}

function expectFits(label: string, expected: string, found: { type?: string; candidates: string[] }): void {
  const ok = found.type === expected || (found.type === undefined && found.candidates.includes(expected));
  expect(ok, `${label}: expected ${expected}, inferred ${found.type ?? `one of ${found.candidates.join(', ') || 'nothing'}`}`).toBe(true);
}

describe('every definition, from a body with all its names', () => {
  const entries = shapeIndex.entries.filter((e) => e.properties.length + e.links.length + e.embedded.length > 0);
  it('covers the catalogue', () => {
    expect(entries.length).toBeGreaterThan(250);
  });
  const entryOf = (type: string) => shapeIndex.entries.find((x) => x.type === type)!;
  const holds = (a: string[], b: string[]) => b.every((n) => a.includes(n));
  it('is its own type or among the candidates; another type only by rule 2', () => {
    const taken: string[] = [];
    for (const e of entries) {
      const found = inferType(names(e.properties, e.links, e.embedded));
      const other = found.type !== undefined && found.type !== e.type ? entryOf(found.type) : undefined;
      // A resource that carries its rel on the wire, seen without it, is taken for the body that arrives
      // without rel and holds all its names: the discovery root for a redirect resource's links.
      if (other && e.kind === 'resource' && !e.withoutRel && other.withoutRel &&
        holds(other.links, e.links) && holds(other.properties, e.properties) && holds(other.embedded, e.embedded)) {
        taken.push(`${e.type} -> ${other.type}`);
        continue;
      }
      expectFits(e.type, e.type, found);
    }
    expect(taken).toEqual(['Redirect -> Root']);
  });
});

/** The model's type of a request example (aliases followed). */
function requestType(page: string, method: string): string | undefined {
  const found = Object.entries(defs).find(([, d]) => d.ucwaKind === 'request' && d.ucwaPage === page && d.ucwaOperation === method);
  return found ? target(found[0]) : undefined;
}

/**
 * The model's type of a response example without rel. The three POSTs below answer with the new
 * audioVideoRenegotiation, written without its rel (as recorded in validate-reference.test.ts).
 */
const RESPONSE_TYPES: Record<string, string> = {
  'renegotiations POST': 'AudioVideoRenegotiation',
  'resumeAudio POST': 'AudioVideoRenegotiation',
  'resumeAudioVideo POST': 'AudioVideoRenegotiation',
};

function responseType(page: string, method: string): string | undefined {
  const listed = RESPONSE_TYPES[`${page} ${method}`];
  if (listed) return listed;
  const own = Object.entries(defs).find(([, d]) => d.ucwaPage === page && (d.ucwaKind === 'response' || d.ucwaKind === 'options') &&
    (d.ucwaOperation === method || (method === 'OPTIONS' && d.ucwaKind === 'options')));
  return own ? target(own[0]) : undefined;
}

function decoded(format: 'json' | 'xml', body: string): { value: unknown; inference?: ReturnType<typeof inferType> } | undefined {
  try {
    if (format === 'json') return { value: decodeJson(body) };
    const doc = decodeXmlDocument(body);
    return doc.inference ? { value: doc.value, inference: doc.inference } : { value: doc.value };
  } catch {
    return undefined; // the pages' broken JSON requests (a data: link cut across lines): nothing to type
  }
}

describe.skipIf(!referenceDir)('every reference example without rel (skipped: ../shared/ucwa-reference is absent)', () => {
  const cases = referenceDir
    ? resourcePages().flatMap((page) =>
        page.operations.flatMap((op) =>
          (['jsonRequest', 'xmlRequest', 'jsonResponse', 'xmlResponse'] as const).flatMap((key) => {
            const example = op.examples[key];
            if (!hasUcwaBody(example) || example.contentType?.includes('sdp')) return [];
            return [{ page: page.name, method: op.method, key, body: example.body }];
          }),
        ),
      )
    : [];

  const checked: string[] = [];
  it('has request and response examples without rel', () => {
    expect(cases.length).toBeGreaterThan(150);
  });

  for (const c of cases) {
    it(`${c.page} ${c.method} ${c.key}`, () => {
      const format = c.key.startsWith('json') ? 'json' : 'xml';
      const got = decoded(format, c.body);
      if (!got || typeof got.value !== 'object' || got.value === null || 'rel' in got.value) return;
      const value = got.value as Record<string, unknown>;
      if (Array.isArray(value.sender) || typeof value.code === 'string') return; // told by their shape
      const expected = c.key.endsWith('Request') ? requestType(c.page, c.method) : responseType(c.page, c.method);
      expect(expected, 'the model has a type for this body').toBeDefined();
      // The XML decoder infers from the elements (and knows an <input> is a request); JSON from the value.
      expectFits(`${c.page} ${c.method} ${c.key}`, expected!, got.inference ?? inferType(bodyNames(value)));
      checked.push(`${c.page} ${c.key}`);
    });
  }

  it('checked most of them (the rest carry a rel or could not be decoded)', () => {
    expect(checked.length).toBeGreaterThan(80);
  });
});

describe('a bundle of its own', () => {
  it('gets its index built once, at run time', () => {
    const own: SchemaBundle = { $schema: '', $id: 'x', definitions: { Thing: { ucwaKind: 'request', type: 'object', properties: { zzOnly: { type: 'string' } } } } };
    expect(shapeIndexOf(own)).toBe(shapeIndexOf(own));
    expect(inferType(names(['zzOnly']), 'any', shapeIndexOf(own)).type).toBe('Thing');
  });
});
