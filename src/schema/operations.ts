/**
 * Run-time view of the operations part of the model (src/generated/
 * operations-bundle.ts): per reference page, its operations (method,
 * request and response types, documented synchronous errors) and its Azure
 * AD scopes; the generic errors; the HTTP status of each error code; the
 * scope catalogue. Also which pages a captured request targets, from its URL
 * and the rel of its response.
 *
 * Built lazily, once, on first use; nothing here is loaded by decoding or
 * validating a body. Browser-safe (no Node APIs).
 */
import { operationDefinitions } from '../generated/operations-bundle.js';
import { descriptions } from '../generated/descriptions.js';
import { bundle } from '../generated/schema-bundle.js';
import { joinDescriptions } from './descriptions.js';
import { planFor } from './plan.js';
import type { JsonSchema, SchemaBundle } from './types.js';

/** One documented synchronous error: `subcode` is `None` where the page documents the code alone. */
export interface SyncErrorInfo {
  code: string;
  status: number;
  subcode: string;
}

export interface OperationInfo {
  method: string;
  /** Type name of the request body; null when the operation takes none. */
  request: string | null;
  /** Type name of what the operation answers with or creates; null when none. */
  response: string | null;
  /** Documented errors in page order (the generic ones are not repeated here). */
  errors: SyncErrorInfo[];
}

export interface PageOperations {
  /** Reference page (`note`). */
  page: string;
  /** The operations type of the model (`NoteOperations`). */
  type: string;
  /** Any one of these scopes allows the resource; [] when it needs none. */
  scopes: string[];
  operations: OperationInfo[];
}

/** A generic error: matched by its code or by its subcode. */
export interface GenericErrorInfo {
  name: string;
  code?: string;
  subcode?: string;
}

export interface ScopeInfo {
  scope: string;
  /** The permission name Azure AD shows. */
  permission: string;
  /** What it allows, in the model's words. */
  description: string;
}

interface View {
  byPage: Map<string, PageOperations>;
  generic: GenericErrorInfo[];
  statuses: Map<string, number>;
  scopes: ScopeInfo[];
}

let view: View | undefined;

const REF = '#/definitions/';

function refName(schema: JsonSchema | undefined): string | null {
  const ref = schema?.$ref;
  return typeof ref === 'string' && ref.startsWith(REF) ? decodeURIComponent(ref.slice(REF.length)) : null;
}

function constOf(schema: JsonSchema | undefined): unknown {
  return schema?.const;
}

function tupleItems(schema: JsonSchema | undefined): JsonSchema[] {
  const items = schema?.items as unknown;
  return Array.isArray(items) ? (items as JsonSchema[]) : [];
}

function syncError(name: string | null): SyncErrorInfo {
  const p = (name && operationDefinitions[name]?.properties) || {};
  return { code: String(constOf(p.code)), status: Number(constOf(p.status)), subcode: String(constOf(p.subcode)) };
}

function pageOperations(type: string, def: JsonSchema): PageOperations {
  const properties = def.properties ?? {};
  const operations: OperationInfo[] = [];
  for (const [method, op] of Object.entries(properties)) {
    if (method === 'scopes') continue;
    const entry = op.properties ?? {};
    operations.push({
      method,
      request: refName(entry.request),
      response: refName(entry.response),
      errors: tupleItems(entry.errors).map((e) => syncError(refName(e))),
    });
  }
  const scopes = tupleItems(properties.scopes).map((s) => String(constOf(s)));
  return { page: String(def.ucwaPage), type, scopes, operations };
}

function build(): View {
  const byPage = new Map<string, PageOperations>();
  const generic: GenericErrorInfo[] = [];
  const statuses = new Map<string, number>();
  const scopes: ScopeInfo[] = [];
  for (const [name, def] of Object.entries(operationDefinitions)) {
    switch (def.ucwaKind) {
      case 'operations':
        byPage.set(String(def.ucwaPage).toLowerCase(), pageOperations(name, def));
        break;
      case 'genericErrors':
        for (const entry of tupleItems(def.properties?.errors)) {
          const p = entry.properties ?? {};
          const info: GenericErrorInfo = { name: String(constOf(p.name)) };
          if (p.code) info.code = String(constOf(p.code));
          if (p.subcode) info.subcode = String(constOf(p.subcode));
          generic.push(info);
        }
        break;
      case 'errorStatuses':
        for (const [code, s] of Object.entries(def.properties ?? {})) statuses.set(code, Number(constOf(s)));
        break;
      case 'scopes':
        for (const [scope, s] of Object.entries(def.properties ?? {})) {
          scopes.push({ scope, permission: String(constOf(s)), description: s.description ?? '' });
        }
        break;
    }
  }
  return { byPage, generic, statuses, scopes };
}

function current(): View {
  return (view ??= build());
}

/** The operations of a reference page (`note`, any case); undefined when the model has no such page. */
export function operationsOf(page: string): PageOperations | undefined {
  return current().byPage.get(page.toLowerCase());
}

/** Every page's operations, in page order. */
export function allOperations(): PageOperations[] {
  return [...current().byPage.values()].sort((a, b) => (a.page < b.page ? -1 : a.page > b.page ? 1 : 0));
}

/** The errors any resource may answer with. */
export function genericErrors(): readonly GenericErrorInfo[] {
  return current().generic;
}

/** The HTTP status an error code is answered with; undefined when the model does not fix one. */
export function statusOfErrorCode(code: string): number | undefined {
  return current().statuses.get(code);
}

/** The Azure AD scopes of the model, with their permission names. */
export function scopeCatalogue(): readonly ScopeInfo[] {
  return current().scopes;
}

/** True when (code, subcode) is one of the generic errors. */
export function isGenericError(code: string, subcode: string | undefined): boolean {
  return current().generic.some((g) => g.code === code || (subcode !== undefined && g.subcode === subcode));
}

/** The documented error of `operation` that (code, subcode) is; a missing subcode is `None`. */
export function documentedError(operation: OperationInfo, code: string, subcode: string | undefined): SyncErrorInfo | undefined {
  const sub = subcode ?? 'None';
  return operation.errors.find((e) => e.code === code && e.subcode === sub);
}

/** The least scopes for a set of pages, and what each page needed. */
export interface ScopePlan {
  /** A smallest set of scopes that allows every page (in catalogue order). */
  scopes: string[];
  /** Other sets of the same size that would do as well. */
  alternatives: string[][];
  /** Per page: the scopes any one of which allows it ([] when it needs none). */
  pages: { page: string; anyOf: string[] }[];
}

/**
 * The least set of scopes that allows all the pages: each page's table says
 * that any one of its scopes is enough, so this is the smallest set that
 * meets every table (there are five scopes: every subset is tried). Among
 * sets of that size, the first in catalogue order is chosen and the others
 * are returned as alternatives.
 */
export function leastScopes(pages: readonly string[]): ScopePlan {
  const wanted = [...new Set(pages.map((p) => operationsOf(p)?.page ?? p))];
  const needs = wanted.map((page) => ({ page, anyOf: operationsOf(page)?.scopes ?? [] }));
  const order = scopeCatalogue().map((s) => s.scope);
  const used = order.filter((scope) => needs.some((n) => n.anyOf.includes(scope)));
  const sets: string[][] = [];
  for (let mask = 0; mask < 1 << used.length; mask++) sets.push(used.filter((_, i) => mask & (1 << i)));
  const covering = sets.filter((set) => needs.every((n) => !n.anyOf.length || n.anyOf.some((s) => set.includes(s))));
  const size = covering.reduce((least, set) => Math.min(least, set.length), Infinity);
  const least = covering.filter((set) => set.length === size).sort(compareSets(order));
  return { scopes: least[0] ?? [], alternatives: least.slice(1), pages: needs };
}

function compareSets(order: string[]) {
  return (a: string[], b: string[]): number => {
    for (let i = 0; i < a.length; i++) {
      const d = order.indexOf(a[i]!) - order.indexOf(b[i]!);
      if (d) return d;
    }
    return 0;
  };
}

let documented: SchemaBundle | undefined;

/** The body definitions with their descriptions (src/schema/descriptions.ts), built once. */
export function documentedBundle(): SchemaBundle {
  return (documented ??= { ...bundle, definitions: joinDescriptions(bundle.definitions, descriptions) });
}

/** The whole bundle with the model's annotations and descriptions: the body definitions and the operation ones (schemas/ucwa.schema.json is its public form). */
export function fullBundle(): SchemaBundle {
  const all = { ...documentedBundle().definitions, ...operationDefinitions };
  const definitions = Object.fromEntries(Object.keys(all).sort().map((k) => [k, all[k]!]));
  return { ...bundle, definitions };
}

// ------------------------------------------------------------ targets

let pagesByRel: Map<string, string[]> | undefined;

/** Pages whose resource has this rel; the page named like the rel first. */
export function pagesForRel(rel: string): string[] {
  if (!pagesByRel) {
    pagesByRel = new Map();
    for (const [name, def] of Object.entries(bundle.definitions)) {
      if (def.ucwaKind !== 'resource' || typeof def.ucwaPage !== 'string') continue;
      const own = planFor(name)?.rel;
      if (own) pagesByRel.set(own, [...(pagesByRel.get(own) ?? []), def.ucwaPage]);
    }
  }
  const pages = pagesByRel.get(rel) ?? [];
  return pages.includes(rel) ? [rel] : pages;
}

/** The path segments of an absolute or relative URL, query and fragment dropped, each decoded. */
function segments(url: string): string[] {
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').replace(/[?#].*$/s, '');
  return path
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

/**
 * Pages a URL addresses: its last segment when that names a page
 * (`.../me/note`), else the collection it is an item of, singular
 * (`.../conversations/137` -> conversation). [] when it cannot tell.
 */
export function pagesForUrl(url: string): string[] {
  const parts = segments(url);
  const last = parts.at(-1);
  if (last === undefined) return [];
  if (operationsOf(last)) return [operationsOf(last)!.page];
  const collection = parts.at(-2);
  if (collection && /s$/.test(collection) && operationsOf(collection.slice(0, -1))) return [operationsOf(collection.slice(0, -1))!.page];
  return [];
}

/** What is known of a captured exchange, to tell the resource it targets. */
export interface TargetHints {
  method: string;
  url?: string;
  /** The `rel` of a successful response's body. */
  responseRel?: string;
}

/**
 * The pages a request targets. A GET or PUT answered with a resource is
 * that resource: its rel decides (narrowed by the URL when both agree).
 * Anything else is known from the URL only (a POST answers with what it
 * created, not with its target). [] when neither tells.
 */
export function targetPages(hints: TargetHints): string[] {
  const byUrl = hints.url ? pagesForUrl(hints.url) : [];
  const method = hints.method.toUpperCase();
  if (hints.responseRel && (method === 'GET' || method === 'PUT' || method === 'HEAD')) {
    const byRel = pagesForRel(hints.responseRel);
    const both = byRel.filter((p) => byUrl.includes(p));
    if (both.length) return both;
    if (byRel.length) return byRel;
  }
  return byUrl;
}
