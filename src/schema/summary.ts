/**
 * One resource of the model as a person reads it: its page, type and rel,
 * its properties with their types, its links and embedded resources, its
 * operations with their documented errors, and the Azure AD scopes it
 * needs. Built from the generated bundles on request (for `ucwa resource`);
 * nothing here is on a decoding or validating path.
 */
import { documentedBundle, operationsOf, scopeCatalogue, type OperationInfo, type ScopeInfo } from './operations.js';
import { planFor, resolveType } from './plan.js';
import type { JsonSchema } from './types.js';

export interface FieldSummary {
  name: string;
  /** `string`, `integer`, `boolean`, `date`, an enum or type name, `X[]` for arrays. */
  type: string;
  /** The members of an enumeration type. */
  members?: string[];
  description?: string;
}

export interface ResourceSummary {
  /** The definition asked for (`Organizer`), and the one it stands for when it is an alias (`Contact`). */
  type: string;
  aliasOf: string | null;
  page: string | null;
  rel: string | null;
  description: string | null;
  properties: FieldSummary[];
  /** Links: `type` is `link` or `link[]`. */
  links: FieldSummary[];
  embedded: FieldSummary[];
  operations: OperationInfo[];
  /** Any one of these allows the resource; [] when its page lists none. */
  scopes: ScopeInfo[];
}

const REF = '#/definitions/';

function refName(schema: JsonSchema | undefined): string | undefined {
  const ref = schema?.$ref;
  return typeof ref === 'string' && ref.startsWith(REF) ? decodeURIComponent(ref.slice(REF.length)) : undefined;
}

/** Follows `$ref`s (aliases) to the schema with content. */
function deref(schema: JsonSchema | undefined): JsonSchema | undefined {
  for (let n = 0; schema?.$ref && n < 32; n++) schema = documentedBundle().definitions[refName(schema) ?? ''];
  return schema;
}

function enumMembers(schema: JsonSchema | undefined): string[] | undefined {
  const s = deref(schema);
  return s?.ucwaKind === 'enum' && Array.isArray(s.enum) ? s.enum.map(String) : undefined;
}

/** The type of a value as a person names it. */
export function typeName(schema: JsonSchema | undefined): string {
  if (!schema) return 'any';
  const ref = refName(schema);
  if (ref) {
    const target = documentedBundle().definitions[ref];
    return target?.ucwaKind === 'enum' || target?.properties || target?.$ref ? ref : typeName(target);
  }
  if (schema.ucwaKind === 'enum' && typeof schema.ucwaPage === 'string') return schema.ucwaPage;
  if (schema.ucwaType === 'date') return 'date';
  if (schema.anyOf) return schema.anyOf.map(typeName).join(' | ');
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.includes('array')) return `${typeName(schema.items)}[]`;
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  return types.join(' | ') || 'any';
}

function field(name: string, schema: JsonSchema): FieldSummary {
  const out: FieldSummary = { name, type: typeName(schema) };
  const members = enumMembers(schema) ?? enumMembers(schema.items);
  if (members) out.members = members;
  // The field's own words only: a referenced type's description (which the generator may copy) is about the type.
  const own = schema.description;
  const ofType = documentedBundle().definitions[refName(schema) ?? refName(schema.items) ?? '']?.description;
  if (own && own !== ofType) out.description = own.replace(/\s*\n\s*/g, ' ');
  return out;
}

function fields(schema: JsonSchema | undefined): FieldSummary[] {
  return Object.entries(deref(schema)?.properties ?? {}).map(([name, s]) => field(name, s));
}

/** The summary of a resource named by type, page or rel; undefined when the model has no such resource. */
export function resourceSummary(name: string): ResourceSummary | undefined {
  const type = resolveType(name);
  const def = type ? documentedBundle().definitions[type] : undefined;
  if (!type || !def) return undefined;
  const plan = planFor(type);
  const target = deref(def) ?? def;
  const page = typeof def.ucwaPage === 'string' ? def.ucwaPage : null;
  const own = Object.entries(target.properties ?? {}).filter(([key]) => key !== 'rel' && key !== '_links' && key !== '_embedded');
  const links = fields(target.properties?._links).map((l) => ({ ...l, type: l.type.endsWith('[]') ? 'link[]' : 'link' }));
  const catalogue = new Map(scopeCatalogue().map((s) => [s.scope, s]));
  const operations = page ? operationsOf(page) : undefined;
  return {
    type,
    aliasOf: plan && plan.name !== type ? plan.name : null,
    page,
    rel: plan?.rel ?? null,
    description: (def.description ?? target.description ?? '').replace(/\s*\n\s*/g, ' ') || null,
    properties: own.map(([key, s]) => field(key, s)),
    links,
    embedded: fields(target.properties?._embedded),
    operations: operations?.operations ?? [],
    scopes: (operations?.scopes ?? []).map((s) => catalogue.get(s) ?? { scope: s, permission: '', description: '' }),
  };
}
