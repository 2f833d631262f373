/**
 * fast-check arbitraries built from a schema bundle: valid JSON (HAL) values
 * of any resource or request definition. Properties by kind (dates as
 * `/Date(ms)/`, integers, booleans, enums, lists, property bags), links
 * single or array with `data:` hrefs and titles, embedded resources to a
 * bounded depth, the GUID-named PUT token, and strings full of characters
 * that XML must escape.
 */
import fc from 'fast-check';
import type { JsonSchema, SchemaBundle } from '../../src/schema/types.js';

const REF = '#/definitions/';
/** Years 0001-9999, the range XML dates can carry. */
const MIN_MS = -62135596800000;
const MAX_MS = 253402300799999;

const specials = fc.constantFrom(
  '&', '<', '>', '"', "'", '&amp;', '&lt;', ']]>', '<![CDATA[x]]>', '\r\n', '\r', '\n', '\t', ' ', '  lead', 'trail  ',
  // C0 controls other than tab/LF/CR cannot be carried by XML 1.0 (encodeXml refuses them: test/xml-encode-chars.test.ts); DEL and C1 can.
  '\u00e9', '\u263a', '\ud83d\ude00', '\u007f', '\u0085', 'True', 'false', '42', '007', '-1', '/Date(0)/', '2013-06-12T00:47:14Z',
  '__proto__', '<resource>', '&#x41;', '%20', '+',
);

/** Strings mixing ordinary text with everything XML must escape or might mangle. */
export const trickyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 3, arbitrary: fc.array(fc.oneof(specials, fc.string({ maxLength: 4 })), { maxLength: 5 }).map((a) => a.join('')) },
  { weight: 1, arbitrary: fc.constant('') },
);

export const hrefArb: fc.Arbitrary<string> = fc.oneof(
  fc.webPath(),
  fc.tuple(fc.constantFrom('text/plain', 'text/html', 'application/sdp'), fc.string({ unit: 'grapheme', maxLength: 10 }))
    .map(([type, text]) => `data:${type};charset=utf-8,${encodeURIComponent(text)}`),
  trickyString.map((s) => `data:text/plain,${s}`),
  trickyString,
);

const linkArb = fc
  .record({ href: hrefArb, title: trickyString, revision: fc.stringMatching(/^[0-9]{1,4}$/) }, { requiredKeys: ['href'] })
  .map((l) => plain(l));

const dateArb = fc.integer({ min: MIN_MS, max: MAX_MS }).map((ms) => `/Date(${ms})/`);

interface Ctx {
  defs: Record<string, JsonSchema>;
}

function follow(ctx: Ctx, schema: JsonSchema | undefined): { schema?: JsonSchema; name?: string } {
  let s = schema;
  let name: string | undefined;
  for (let i = 0; i < 32 && s?.$ref?.startsWith(REF); i++) {
    name = s.$ref.slice(REF.length);
    s = ctx.defs[name];
  }
  return { schema: s, name };
}

/** fast-check builds null-prototype records; the codec builds ordinary objects (own `__proto__` kept as data). */
function plain(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(o)) {
    Object.defineProperty(out, key, { value: o[key], writable: true, enumerable: true, configurable: true });
  }
  return out;
}

const drop = (o: Record<string, unknown>) => (Object.keys(o).length ? plain(o) : undefined);

/** Arbitrary for a property value, or undefined when the schema allows nothing XML can carry unambiguously. */
function valueArb(ctx: Ctx, schema: JsonSchema | undefined, depth: number): fc.Arbitrary<unknown> | undefined {
  const { schema: s } = follow(ctx, schema);
  if (!s) return undefined;
  if (s.anyOf) {
    const branches = s.anyOf.filter((b) => b.type !== 'null');
    const nullable = branches.length < s.anyOf.length;
    const kinds = new Set(branches.map((b) => JSON.stringify(kindOf(ctx, b))));
    const base = kinds.size === 1 ? valueArb(ctx, branches[0], depth) : kinds.has(JSON.stringify('string')) ? trickyString : undefined;
    return base && nullable ? fc.oneof(base, fc.constant(null)) : base;
  }
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  if (s.ucwaType === 'date') return dateArb;
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.maxSafeInteger();
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0));
    case 'string':
      return s.maxLength !== undefined ? trickyString.map((x) => x.slice(0, s.maxLength)) : trickyString;
    case 'array': {
      // XML has no list of lists: such schemas are left out.
      if (follow(ctx, s.items).schema?.type === 'array') return undefined;
      const item = valueArb(ctx, s.items, depth);
      return item && fc.array(item, { maxLength: 3 });
    }
    case 'object':
      return depth > 0 ? objectArb(ctx, s, depth - 1) : fc.constant({});
    default:
      return undefined;
  }
}

function kindOf(ctx: Ctx, schema: JsonSchema): unknown {
  const { schema: s } = follow(ctx, schema);
  if (!s) return undefined;
  if (s.ucwaType === 'date') return 'date';
  if (s.type === 'array') return ['array', kindOf(ctx, s.items ?? {})];
  return s.type ?? (s.enum ? typeof s.enum[0] : undefined);
}

/** A plain object (property bag or data object): its properties, or string/list values under free names. */
function objectArb(ctx: Ctx, s: JsonSchema, depth: number): fc.Arbitrary<Record<string, unknown>> {
  if (s.properties && Object.keys(s.properties).length) return fieldsArb(ctx, s.properties, depth);
  const value = valueArb(ctx, typeof s.additionalProperties === 'object' ? s.additionalProperties : { type: 'string' }, depth);
  return fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), value ?? trickyString, { maxKeys: 3 }).map(plain);
}

function fieldsArb(ctx: Ctx, props: Record<string, JsonSchema>, depth: number, skip: string[] = []) {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, p] of Object.entries(props)) {
    if (skip.includes(name)) continue;
    const arb = valueArb(ctx, p, depth);
    if (arb) model[name] = arb;
  }
  return (fc.record(model, { requiredKeys: [] }) as fc.Arbitrary<Record<string, unknown>>).map(plain);
}

function linksArb(ctx: Ctx, schema: JsonSchema | undefined): fc.Arbitrary<Record<string, unknown> | undefined> {
  const props = follow(ctx, schema).schema?.properties ?? {};
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [rel, p] of Object.entries(props)) {
    model[rel] = follow(ctx, p).schema?.type === 'array' ? fc.array(linkArb, { minLength: 1, maxLength: 3 }) : linkArb;
  }
  return fc.record(model, { requiredKeys: [] }).map(drop);
}

function embeddedArb(ctx: Ctx, schema: JsonSchema | undefined, depth: number): fc.Arbitrary<Record<string, unknown> | undefined> {
  if (depth <= 0) return fc.constant(undefined);
  const props = follow(ctx, schema).schema?.properties ?? {};
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, p] of Object.entries(props)) {
    const { schema: e, name } = follow(ctx, p);
    if (e?.type === 'array') {
      const item = follow(ctx, e.items).name;
      if (item) model[key] = fc.array(resourceArb(ctx, item, depth - 1), { minLength: 1, maxLength: 2 });
    } else if (name) model[key] = resourceArb(ctx, name, depth - 1);
  }
  return fc.record(model, { requiredKeys: [] }).map(drop);
}

const guidArb = fc.option(fc.tuple(fc.uuid(), trickyString), { nil: undefined });

function resourceArb(ctx: Ctx, typeName: string, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const { schema: s } = follow(ctx, { $ref: REF + typeName });
  const props = s?.properties ?? {};
  const rel = props.rel?.const;
  return fc
    .record({
      rel: typeof rel === 'string' ? fc.option(fc.constant(rel), { nil: undefined }) : fc.constant(undefined),
      fields: fieldsArb(ctx, props, 2, ['rel', '_links', '_embedded']),
      guid: s?.patternProperties ? guidArb : fc.constant(undefined),
      links: props._links ? linksArb(ctx, props._links) : fc.constant(undefined),
      embedded: props._embedded ? embeddedArb(ctx, props._embedded, depth) : fc.constant(undefined),
    })
    .map(({ rel, fields, guid, links, embedded }) => {
      const out: Record<string, unknown> = {};
      if (rel !== undefined) out.rel = rel;
      Object.assign(out, fields);
      if (guid) out[guid[0]] = guid[1];
      if (links) out._links = links;
      if (embedded) out._embedded = embedded;
      return out;
    });
}

/** Valid values of the definition `typeName` (aliases followed), embedding at most `depth` levels. */
export function arbitraryFor(bundle: SchemaBundle, typeName: string, depth = 2): fc.Arbitrary<Record<string, unknown>> {
  return resourceArb({ defs: bundle.definitions }, typeName, depth);
}
