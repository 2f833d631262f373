/**
 * `ucwa scopes <resource|operation...> [--from capture...]`: the least set of
 * Azure AD scopes an online application needs for the resources it uses,
 * from the scope tables of their pages. Resources are named as everywhere
 * (type, page or rel), by URL, or as an operation (`POST startMessaging`);
 * `--from` takes them from the requests of captures (HAR, raw HTTP).
 */
import { append } from '../../diagnostic.js';
import { oneOf, parseCommandArgs } from '../args.js';
import { SCOPES_HELP } from '../help.js';
import { escapeControl } from '../escape.js';
import type { InputDocument, LoadedInput } from '../inputs.js';
import { EXIT, UsageError, type Io } from '../io.js';
import type { ScopePlan } from '../../schema/operations.js';

type Operations = typeof import('../../schema/operations.js');

const METHODS = new Set(['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS']);

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  format: { type: 'string' },
  from: { type: 'string', multiple: true },
} as const;

export async function scopesCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs('scopes', args, OPTIONS);
  if (parsed.values.help) {
    io.write(SCOPES_HELP);
    return EXIT.ok;
  }
  const format = oneOf('scopes', 'format', parsed.values.format, ['text', 'json'], 'text');
  const captures = (parsed.values as { from?: string[] }).from ?? [];
  if (parsed.positionals.length === 0 && captures.length === 0) {
    throw new UsageError('name the resources (type, page, rel, URL or "METHOD name"), or give captures with --from.', 'scopes');
  }
  const ops = await import('../../schema/operations.js');
  const names = await import('../../validate/names.js');
  const near = await import('../../validate/near.js');
  const planner = await import('../../schema/plan.js');
  const pages = namedPages(parsed.positionals.flatMap((a) => a.trim().split(/\s+/)).filter(Boolean), ops, { names, near, plan: planner });
  const unknown: string[] = [];
  for (const file of captures) append(pages, await capturedPages(file, io, ops, unknown));
  if (pages.length === 0) throw new UsageError('the captures hold no UCWA request whose resource can be told.', 'scopes');
  const plan = ops.leastScopes(pages);
  io.write(format === 'json' ? `${JSON.stringify(asJson(plan, ops, unknown), null, 2)}\n` : formatPlan(plan, ops, unknown));
  return EXIT.ok;
}

type Names = typeof import('../../validate/names.js');
type Plan = typeof import('../../schema/plan.js');
type Near = typeof import('../../validate/near.js');

/** Pages named on the command line; a method before a name asks for that operation. */
function namedPages(tokens: string[], ops: Operations, { names, near, plan }: { names: Names; near: Near; plan: Plan }): string[] {
  const pages: string[] = [];
  let method: string | undefined;
  for (const token of tokens) {
    if (METHODS.has(token.toUpperCase()) && !ops.operationsOf(token)) {
      method = token.toUpperCase();
      continue;
    }
    const found = token.includes('/') ? undefined : names.lookupType(token);
    const page = pageOf(token, ops) ?? (found?.type !== undefined ? pageOfType(found.type, ops, plan) : undefined);
    if (!page) {
      const hint = found && found.type === undefined ? near.didYouMean(found.suggestions, (n) => `"${n}"`) : '';
      throw new UsageError(`"${token}" names no resource of the model${hint} (a type, page, rel or URL; see "ucwa resources").`, 'scopes');
    }
    if (method) {
      const documented = ops.operationsOf(page)!.operations.map((o) => o.method);
      if (!documented.includes(method)) {
        throw new UsageError(`${method} is not an operation of ${page} (it documents ${documented.join(', ') || 'none'}).`, 'scopes');
      }
      method = undefined;
    }
    pages.push(page);
  }
  if (method) throw new UsageError(`${method} must be followed by the resource it applies to.`, 'scopes');
  return pages;
}

function pageOf(token: string, ops: Operations): string | undefined {
  if (token.includes('/')) return ops.pagesForUrl(token)[0];
  const direct = ops.operationsOf(token);
  if (direct) return direct.page;
  const byRel = ops.pagesForRel(token);
  return byRel[0];
}

/** The page a type was written for (`NotePostInput` -> note). */
function pageOfType(type: string, ops: Operations, plan: Plan): string | undefined {
  const page = plan.planFor(type)?.page;
  return page === undefined ? undefined : ops.operationsOf(page)?.page;
}

/** The pages the requests of a capture target (response rel, else URL); requests that tell none go to `unknown`. */
async function capturedPages(file: string, io: Io, ops: Operations, unknown: string[]): Promise<string[]> {
  const { loadInput } = await import('../inputs.js');
  const { responseValue } = await import('../../validate/exchange-checks.js');
  const input: LoadedInput = await loadInput(file, io);
  if (input.unreadable) throw new UsageError(input.diagnostics[0]?.message ?? `cannot read ${file}.`, 'scopes');
  const responses = new Map<unknown, InputDocument>();
  for (const doc of input.documents) if (doc.exchange && doc.role === 'response') responses.set(doc.exchange, doc);
  const pages: string[] = [];
  for (const exchange of input.exchanges ?? []) {
    if (!exchange.method) continue;
    const body = responses.get(exchange);
    const value = body ? responseValue(body.text, body.form) : undefined;
    const rel = typeof value === 'object' && value !== null ? (value as { rel?: unknown }).rel : undefined;
    const success = exchange.status !== undefined && exchange.status < 300;
    const found = ops.targetPages({
      method: exchange.method,
      ...(exchange.url !== undefined && { url: exchange.url }),
      ...(success && typeof rel === 'string' && { responseRel: rel }),
    });
    if (found.length) pages.push(found[0]!);
    else unknown.push(`${exchange.method} ${exchange.url ?? '?'}`);
  }
  return pages;
}

function permissionOf(scope: string, ops: Operations): string {
  return ops.scopeCatalogue().find((s) => s.scope === scope)?.permission ?? '';
}

function asJson(plan: ScopePlan, ops: Operations, unknown: string[]) {
  return {
    scopes: plan.scopes.map((scope) => ({ scope, permission: permissionOf(scope, ops) })),
    alternatives: plan.alternatives,
    resources: plan.pages,
    unknown,
  };
}

function formatPlan(plan: ScopePlan, ops: Operations, unknown: string[]): string {
  const out: string[] = [];
  const width = Math.max(0, ...plan.scopes.map((s) => s.length));
  for (const scope of plan.scopes) out.push(`${scope.padEnd(width)}  ${permissionOf(scope, ops)}`);
  if (!plan.scopes.length) out.push('No scope is needed.');
  const pageWidth = Math.max(...plan.pages.map((p) => p.page.length));
  const count = plan.pages.length === 1 ? '1 resource' : `${plan.pages.length} resources`;
  out.push('', `for ${count} (any one scope of a row allows it):`);
  for (const p of plan.pages) out.push(`  ${p.page.padEnd(pageWidth)}  ${p.anyOf.length ? p.anyOf.join(' or ') : '(none needed)'}`);
  for (const set of plan.alternatives) out.push(`as well: ${set.join(', ')}`);
  if (unknown.length) out.push(`not counted (resource not told by the URL or the response): ${unknown.map(escapeControl).join(', ')}`);
  return `${out.join('\n')}\n`;
}
