/**
 * Types a body that carries no `rel` by its structure: its property, link
 * and embedded names are matched against the shape index that the schema
 * generator builds from the model (src/generated/shape-index.ts).
 *
 * Rules, in order (each keeps the previous rule's survivors, never empties
 * the set):
 *  1. Fit: every name of the body is a name of the type, in its section
 *     (property, link, embedded). Request bodies match names without regard
 *     to case, as UCWA does (`Culture` fits `culture`); resources exactly.
 *     When no type fits, the types that know most of the body's names (at
 *     least two, and more than they miss) are the partial fits.
 *  2. Bodies that arrive without a rel: request bodies, the data-contract
 *     replies and the resources marked `@ucwaWithoutRel` (the discovery
 *     responses) win over resources, which carry their rel on the wire.
 *  3. Types whose required properties the body all carries win.
 *  4. Partial fits only: the types that know most names win.
 * One survivor is the type. Several survivors are never guessed between:
 * the candidates reported are then every type that fits (rules 2-4 only
 * pick a winner, they do not rule the others out: a body with a self link
 * alone fits the discovery root as well as 200 resources). The survivors
 * still type the values when they agree on them (`decodingPlan`). Cost: one
 * pass over the body's names plus the postings of the names the catalogue
 * knows (bounded by the catalogue's size).
 */
import { bundle as defaultBundle } from '../generated/schema-bundle.js';
import { shapeIndex as defaultIndex } from '../generated/shape-index.js';
import type { Plan, Planner } from './plan.js';
import { buildShapeIndex } from './shapes.js';
import type { SchemaBundle, ShapeEntry, ShapeIndex } from './types.js';

/** The names a body carries, by section. */
export interface BodyNames {
  properties: readonly string[];
  links: readonly string[];
  embedded: readonly string[];
}

/** What kind of body the names come from: an XML `<resource>`, an XML `<input>`, or a JSON value (any). */
export type BodyForm = 'any' | 'resource' | 'request';

export interface Inference {
  /** The one type the body is, when exactly one survives the rules. */
  type?: string;
  /** `[type]`, or every type the body fits (exactly, or partially when none fits exactly), sorted. */
  candidates: string[];
  /** The types that survived the rules, sorted (`[type]` when there is one): the likeliest, used to type values. */
  likely: string[];
  /** True when the fits leave some of the body's names unknown (no type knows them all). */
  partial: boolean;
}

/** Same pattern as the generator's `patternProperties`: the PUT token is never a name to match. */
const GUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;
const SECTIONS = ['properties', 'links', 'embedded'] as const;

interface Posting {
  entry: number;
  /** The name as the model spells it (resources match it exactly). */
  name: string;
}

interface Prepared {
  entries: readonly ShapeEntry[];
  /** `section:lower-case name` -> the types that declare it. */
  postings: Map<string, Posting[]>;
}

const prepared = new WeakMap<ShapeIndex, Prepared>();
const built = new WeakMap<SchemaBundle, ShapeIndex>();

/** The index of a bundle: the generated one for the model's, else built once (tests use bundles of their own). */
export function shapeIndexOf(bundle: SchemaBundle): ShapeIndex {
  if (bundle === defaultBundle) return defaultIndex;
  let index = built.get(bundle);
  if (!index) built.set(bundle, (index = buildShapeIndex(bundle)));
  return index;
}

function prepare(index: ShapeIndex): Prepared {
  let p = prepared.get(index);
  if (p) return p;
  const postings = new Map<string, Posting[]>();
  index.entries.forEach((entry, i) => {
    for (const section of SECTIONS) {
      for (const name of entry[section]) {
        const key = `${section}:${name.toLowerCase()}`;
        let list = postings.get(key);
        if (!list) postings.set(key, (list = []));
        list.push({ entry: i, name });
      }
    }
  });
  p = { entries: index.entries, postings };
  prepared.set(index, p);
  return p;
}

const caseless = (entry: ShapeEntry): boolean => entry.kind === 'request';
const arrivesWithoutRel = (entry: ShapeEntry): boolean => entry.kind !== 'resource' || entry.withoutRel === true;

function allowed(entry: ShapeEntry, form: BodyForm): boolean {
  return form === 'any' || entry.kind === form;
}

/** The names of a decoded value: its own keys (`rel` and the GUID token aside), `_links` and `_embedded` keys. */
export function bodyNames(value: Record<string, unknown>): BodyNames {
  const properties: string[] = [];
  for (const key of Object.keys(value)) {
    if (key !== 'rel' && key !== '_links' && key !== '_embedded' && !GUID.test(key)) properties.push(key);
  }
  return { properties, links: keysOf(value._links), embedded: keysOf(value._embedded) };
}

function keysOf(map: unknown): string[] {
  return typeof map === 'object' && map !== null && !Array.isArray(map) ? Object.keys(map) : [];
}

/** How many of a body's names each type knows, and the body's property names (as sent, and in lower case). */
interface Matches {
  matched: Map<number, number>;
  total: number;
  exact: Set<string>;
  lower: Set<string>;
}

function matchNames({ entries, postings }: Prepared, names: BodyNames, form: BodyForm): Matches {
  const m: Matches = { matched: new Map(), total: 0, exact: new Set(), lower: new Set() };
  for (const section of SECTIONS) {
    const seen = new Set<string>();
    for (const name of names[section]) {
      if (seen.has(name) || (section === 'properties' && GUID.test(name))) continue;
      seen.add(name);
      m.total++;
      if (section === 'properties') {
        m.exact.add(name);
        m.lower.add(name.toLowerCase());
      }
      for (const posting of postings.get(`${section}:${name.toLowerCase()}`) ?? []) {
        const entry = entries[posting.entry]!;
        if (!allowed(entry, form) || (posting.name !== name && !caseless(entry))) continue;
        m.matched.set(posting.entry, (m.matched.get(posting.entry) ?? 0) + 1);
      }
    }
  }
  return m;
}

/** The types a body with these names fits (see the module header for the rules). */
export function inferType(names: BodyNames, form: BodyForm = 'any', index: ShapeIndex = defaultIndex): Inference {
  const p = prepare(index);
  const { entries } = p;
  const { matched, total, exact, lower } = matchNames(p, names, form);
  // Exact fits: the type knows every name (with no names at all, every type of the form fits).
  let fits: number[] = [];
  if (total === 0) entries.forEach((e, i) => allowed(e, form) && fits.push(i));
  else for (const [i, count] of matched) if (count === total) fits.push(i);
  const partial = fits.length === 0;
  if (partial) fits = [...matched].filter(([, count]) => count >= 2 && count > total - count).map(([i]) => i);
  let pool = preferred(fits, (i) => arrivesWithoutRel(entries[i]!));
  pool = preferred(pool, (i) => hasRequired(entries[i]!, exact, lower));
  if (partial) {
    const best = pool.reduce((most, i) => Math.max(most, matched.get(i) ?? 0), 0);
    pool = pool.filter((i) => matched.get(i) === best);
  }
  const typesOf = (list: number[]) => list.map((i) => entries[i]!.type).sort();
  const likely = typesOf(pool);
  if (likely.length === 1) return { type: likely[0]!, candidates: likely, likely, partial };
  return { candidates: typesOf(fits), likely, partial };
}

/** The members of `pool` that pass `test`, or the whole pool when none does. */
function preferred(pool: number[], test: (i: number) => boolean): number[] {
  const kept = pool.filter(test);
  return kept.length ? kept : pool;
}

function hasRequired(entry: ShapeEntry, exact: ReadonlySet<string>, lower: ReadonlySet<string>): boolean {
  return caseless(entry) ? entry.required.every((name) => lower.has(name.toLowerCase())) : entry.required.every((name) => exact.has(name));
}

/**
 * The plan to type a body's values by: the inferred type's, or, when
 * several types are likely, the first one's if they all agree on the shape
 * of every name the body carries (three meeting bodies share their fields:
 * which one it is does not change how its values are read).
 */
export function decodingPlan(planner: Planner, inference: Inference, names: BodyNames): Plan | undefined {
  const plans = inference.likely.map((t) => planner.planFor(t));
  const [first] = plans;
  if (!first || plans.some((p) => !p)) return undefined;
  if (plans.length === 1) return first;
  const same = (p: Plan): boolean =>
    p.kind === first.kind &&
    names.properties.every((n) => sameShape(planner.propertyShape(p, n), planner.propertyShape(first, n))) &&
    names.links.every((n) => p.links.get(n) === first.links.get(n)) &&
    names.embedded.every((n) => sameEmbedded(p, first, n));
  return plans.every((p) => same(p!)) ? first : undefined;
}

function sameShape(a: ReturnType<Planner['propertyShape']>, b: ReturnType<Planner['propertyShape']>): boolean {
  if (!a || !b) return a === b;
  return a.kind === b.kind && a.array === b.array && a.nullable === b.nullable && a.type === b.type;
}

function sameEmbedded(a: Plan, b: Plan, name: string): boolean {
  const x = a.embedded.get(name);
  const y = b.embedded.get(name);
  if (!x || !y) return x === y;
  return x.array === y.array && x.type === y.type;
}
