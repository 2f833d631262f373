/**
 * The operations part of the model against the reference pages, read at run
 * time: every page's operations (methods, request and response types),
 * synchronous errors and Azure AD scopes are in the model, with the counts
 * of the pages, and nothing else is. Disagreements are allowed only when
 * listed in test/reference/known-errors.ts (kind `other`, named
 * `<METHOD> request type|response type|errors`, `methods`, `scopes` or
 * `scope permission <scope>`), and every such entry must still match one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle } from '../src/generated/schema-bundle.js';
import { operationDefinitions } from '../src/generated/operations-bundle.js';
import {
  allOperations,
  genericErrors,
  operationsOf,
  scopeCatalogue as modelScopes,
  statusOfErrorCode,
  type OperationInfo,
} from '../src/schema/operations.js';
import type { JsonSchema } from '../src/schema/types.js';
import { knownErrors } from './reference/known-errors.js';
import { referenceDir, type ErrorRow } from './support/reference.js';
import {
  genericErrorNames,
  operationPages,
  scopeCatalogue,
  type OperationPage,
  type PageOperation,
} from './support/reference-operations.js';

interface Finding {
  page: string;
  name: string;
  detail: string;
}

/** Names of the known-errors entries this test owns. */
const OWN_NAME = /^(?:(?:GET|POST|PUT|DELETE|OPTIONS) (?:request type|response type|errors)|methods|scopes|scope permission \S+)$/;

const definitions: Record<string, JsonSchema> = { ...bundle.definitions, ...operationDefinitions };

/** The definition a name ends at once aliases (`Organizer` -> `Contact`) are followed. */
function resolved(name: string | null): string | null {
  const seen = new Set<string>();
  while (name && definitions[name]?.$ref && !seen.has(name)) {
    seen.add(name);
    name = decodeURIComponent(definitions[name]!.$ref!.replace('#/definitions/', ''));
  }
  return name;
}

/** The type the model has for a page (resource, or the event channel), by ucwaPage. */
function pageType(page: string): string | null {
  const found = Object.entries(bundle.definitions).find(
    ([, d]) => d.ucwaPage?.toLowerCase() === page.toLowerCase() && (d.ucwaKind === 'resource' || d.ucwaKind === 'events'),
  );
  return found ? found[0] : null;
}

/** What the page says the operation answers with, as a model type (null: none; undefined: names no page). */
function pageResponse(page: string, op: PageOperation): string | null | undefined {
  if (op.response.kind === 'none') return null;
  if (op.response.kind === 'resource') return pageType(page);
  const name = op.response.items[0]?.name ?? '';
  return (name && pageType(name)) || undefined;
}

const triple = (e: { code: string; status: number | string; subcode: string }) => `${e.code} ${e.status} ${e.subcode || 'None'}`;
const rowTriple = (row: ErrorRow) => triple({ code: row.error, status: row.status, subcode: row.subcode });

function operationFindings(page: OperationPage, op: PageOperation, model: OperationInfo): Finding[] {
  const out: Finding[] = [];
  const at = (what: string, detail: string) => out.push({ page: page.page, name: `${op.method} ${what}`, detail });
  // Request: a body where the page lists parameters, and one of this page and method.
  const request = model.request && definitions[model.request];
  if ((op.requestBody === 'table') !== !!model.request) {
    at('request type', `page ${op.requestBody === 'table' ? 'lists parameters' : 'says none'}, model ${model.request ?? 'null'}`);
  } else if (request && (request.ucwaKind !== 'request' || request.ucwaPage !== page.page || request.ucwaOperation !== op.method)) {
    at('request type', `${model.request} is not the ${op.method} body of ${page.page}`);
  }
  // Response: the type the page names, aliases followed on both sides.
  const expected = pageResponse(page.page, op);
  if (expected === undefined || resolved(expected) !== resolved(model.response)) {
    const said = op.response.kind === 'items' ? `"${op.response.items.map((i) => i.name).join(', ')}"` : op.response.kind;
    at('response type', `page ${said}${expected ? ` (${expected})` : ''}, model ${model.response ?? 'null'}`);
  }
  // Errors: the distinct rows of the page, as a set (the model writes shared lists once), with the status the model gives their code.
  const rows = [...new Set(op.errors.map(rowTriple))].sort();
  const modelled = model.errors.map(triple).sort();
  if (rows.length !== model.errors.length || rows.join() !== modelled.join()) at('errors', `page [${rows.join(', ')}], model [${modelled.join(', ')}]`);
  for (const row of op.errors) {
    if (statusOfErrorCode(row.error) !== Number(row.status)) at('errors', `${row.error} comes with ${row.status}; ErrorStatuses says ${statusOfErrorCode(row.error)}`);
  }
  return out;
}

function pageFindings(page: OperationPage): Finding[] {
  const model = operationsOf(page.page);
  if (!model || model.page !== page.page) return [{ page: page.page, name: 'methods', detail: 'no operations type for the page' }];
  const out: Finding[] = [];
  const methods = page.operations.map((o) => o.method).join();
  const modelled = model.operations.map((o) => o.method).join();
  if (methods !== modelled) out.push({ page: page.page, name: 'methods', detail: `page ${methods}, model ${modelled}` });
  for (const op of page.operations) {
    const m = model.operations.find((o) => o.method === op.method);
    if (m) out.push(...operationFindings(page, op, m));
  }
  const rows = (page.scopes ?? []).map((s) => s.scope);
  if ([...new Set(rows)].join() !== model.scopes.join()) {
    out.push({ page: page.page, name: 'scopes', detail: `page [${rows.join(', ')}], model [${model.scopes.join(', ')}]` });
  } else if (new Set(rows).size !== rows.length) {
    out.push({ page: page.page, name: 'scopes', detail: `the table repeats rows: [${rows.join(', ')}]` });
  }
  const permissions = new Map(modelScopes().map((s) => [s.scope, s.permission]));
  for (const row of page.scopes ?? []) {
    if (permissions.get(row.scope) !== row.permission) {
      out.push({ page: page.page, name: `scope permission ${row.scope}`, detail: `page "${row.permission}", model "${permissions.get(row.scope)}"` });
    }
  }
  return out;
}

/** The scope page of Skype for Business Online against the model's catalogue. */
function cataloguePageFindings(): Finding[] {
  const page = 'SkypeForBusinessOnlineScopePermissions';
  const model = new Map(modelScopes().map((s) => [s.scope, s.permission]));
  const rows = scopeCatalogue();
  const out: Finding[] = [];
  if (rows.map((r) => r.scope).sort().join() !== [...model.keys()].sort().join()) {
    out.push({ page, name: 'scopes', detail: `page [${rows.map((r) => r.scope).join(', ')}], model [${[...model.keys()].join(', ')}]` });
  }
  for (const row of rows) {
    if (model.has(row.scope) && model.get(row.scope) !== row.permission) {
      out.push({ page, name: `scope permission ${row.scope}`, detail: `page "${row.permission}", model "${model.get(row.scope)}"` });
    }
  }
  return out;
}

const matches = (f: Finding) => knownErrors.some((e) => e.kind === 'other' && e.page === f.page && e.name === f.name);
const line = (f: Finding) => `${f.page} [${f.name}] ${f.detail}`;

const title = referenceDir
  ? 'operations, errors and scopes vs reference pages'
  : 'operations, errors and scopes vs reference pages (skipped: ../shared/ucwa-reference is absent next to the checkout)';

describe.skipIf(!referenceDir)(title, () => {
  let pages: OperationPage[];
  let findings: Finding[];

  beforeAll(() => {
    pages = operationPages();
    findings = [...pages.flatMap(pageFindings), ...cataloguePageFindings()];
  });

  afterAll(() => {
    const allowed = findings.filter(matches);
    if (allowed.length) console.info(`allowed disagreements (operations):\n  ${allowed.map(line).join('\n  ')}`);
  });

  it('reads 263 operations and 227 scope tables from the 238 resource pages', () => {
    expect(pages).toHaveLength(238);
    const methods: Record<string, number> = {};
    for (const o of pages.flatMap((p) => p.operations)) methods[o.method] = (methods[o.method] ?? 0) + 1;
    expect(methods).toEqual({ GET: 135, POST: 107, DELETE: 10, PUT: 9, OPTIONS: 2 });
    // 226 on the pages named *_ref.md, and one on resumePhoneAudio_Ref.md.
    const withScopes = pages.filter((p) => p.scopes);
    expect(withScopes).toHaveLength(227);
    expect(withScopes.filter((p) => p.file.endsWith('_ref.md'))).toHaveLength(226);
    expect(withScopes.every((p) => p.scopes!.length > 0)).toBe(true);
  });

  it('has the same counts as the pages: one operations type per page, 263 operations, 227 pages with scopes', () => {
    const model = allOperations();
    expect(model).toHaveLength(pages.length);
    expect(new Set(model.map((m) => m.page))).toEqual(new Set(pages.map((p) => p.page)));
    expect(model.flatMap((m) => m.operations)).toHaveLength(263);
    expect(model.filter((m) => m.scopes.length)).toHaveLength(227);
    const distinctRows = pages.flatMap((p) => p.operations).reduce((n, o) => n + new Set(o.errors.map(rowTriple)).size, 0);
    expect(model.flatMap((m) => m.operations).reduce((n, o) => n + o.errors.length, 0)).toBe(distinctRows);
  });

  it('models every operation: method, request type, response type, synchronous errors', () => {
    expect(findings.filter((f) => !f.name.startsWith('scope') && !matches(f)).map(line)).toEqual([]);
  });

  it('models every scope table, with the permission names the pages give', () => {
    expect(findings.filter((f) => f.name.startsWith('scope') && !matches(f)).map(line)).toEqual([]);
  });

  it('models the generic synchronous errors, each as a code or a subcode', () => {
    const names = genericErrorNames();
    expect(names).toHaveLength(17);
    expect(genericErrors().map((g) => g.name)).toEqual(names);
    const codes = new Set(bundle.definitions.ErrorCode!.enum as string[]);
    for (const g of genericErrors()) {
      expect(g.code ?? g.subcode, g.name).toBeTruthy();
      if (g.code) expect(codes.has(g.code), g.name).toBe(true);
      if (codes.has(g.name)) expect(g.code, g.name).toBe(g.name);
    }
  });

  it('gives every error code it maps an HTTP status, and only ErrorCode members', () => {
    const codes = new Set(bundle.definitions.ErrorCode!.enum as string[]);
    const statuses = operationDefinitions.ErrorStatuses!.properties!;
    for (const code of Object.keys(statuses)) expect(codes.has(code), code).toBe(true);
    for (const row of pages.flatMap((p) => p.operations.flatMap((o) => o.errors))) expect(statusOfErrorCode(row.error), row.error).toBe(Number(row.status));
  });

  it('lists no known error of its own that no longer matches anything', () => {
    const stale = knownErrors.filter((e) => e.kind === 'other' && OWN_NAME.test(e.name) && !findings.some((f) => f.page === e.page && f.name === e.name));
    expect(stale.map((e) => `${e.page} [${e.name}]`)).toEqual([]);
  });
});
