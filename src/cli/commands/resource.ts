/** `ucwa resource <name>`: one resource as a person reads it (or as JSON). */
import { oneOf, parseCommandArgs } from '../args.js';
import { RESOURCE_HELP } from '../help.js';
import { escapeControl } from '../escape.js';
import { EXIT, UsageError, type Io } from '../io.js';
import type { FieldSummary, ResourceSummary } from '../../schema/summary.js';

export async function resourceCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs('resource', args, { help: { type: 'boolean', short: 'h' }, format: { type: 'string' } });
  if (parsed.values.help) {
    io.write(RESOURCE_HELP);
    return EXIT.ok;
  }
  const format = oneOf('resource', 'format', parsed.values.format, ['text', 'json'], 'text');
  if (parsed.positionals.length !== 1) throw new UsageError('give one resource: a type (Note), a page (note) or a rel.', 'resource');
  const name = parsed.positionals[0]!;
  // Names are found as everywhere on the command line: in any case, with near names suggested.
  const { lookupType } = await import('../../validate/names.js');
  const found = lookupType(name);
  const summary = found.type !== undefined ? (await import('../../schema/summary.js')).resourceSummary(found.type) : undefined;
  if (!summary) {
    const { didYouMean } = await import('../../validate/near.js');
    const hint = found.type === undefined ? didYouMean(found.suggestions, (n) => `"${n}"`) : '';
    io.error(`ucwa: schema.unknown-resource: no resource, type or rel is named "${escapeControl(name)}"${hint}; "ucwa resources" lists them.\n`);
    return EXIT.usage;
  }
  io.write(format === 'json' ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary));
  return EXIT.ok;
}

/** Rows of two or three columns, the first ones padded to a common width. */
function columns(rows: string[][], indent = '  '): string[] {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows.map((r) => indent + r.map((cell, c) => (c < r.length - 1 ? cell.padEnd(widths[c]!) : cell)).join('  ').trimEnd());
}

function fieldRows(fields: readonly FieldSummary[]): string[] {
  return columns(fields.map((f) => [f.name, f.members ? `${f.type} (${f.members.join(' | ')})` : f.type, f.description ?? '']));
}

function section(title: string, lines: string[]): string[] {
  return ['', title, ...(lines.length ? lines : ['  none'])];
}

/** The text form: a heading, then properties, links, embedded resources, operations and scopes. */
export function formatSummary(s: ResourceSummary): string {
  const names = [s.page ? `page ${s.page}` : undefined, `type ${s.type}${s.aliasOf ? ` (= ${s.aliasOf})` : ''}`, s.rel ? `rel ${s.rel}` : undefined];
  const out = [`${s.page ?? s.type}: ${names.filter(Boolean).join(', ')}`];
  if (s.description) out.push(s.description);
  out.push(...section('Properties', fieldRows(s.properties)));
  out.push(...section('Links', columns(s.links.map((l) => [l.name, l.type]))));
  out.push(...section('Embedded', fieldRows(s.embedded)));
  const operations = s.operations.flatMap((op) => {
    const head = `  ${op.method.padEnd(7)} request ${op.request ?? 'none'}, response ${op.response ?? 'none'}`;
    const errors = op.errors.map((e) => `          ${e.status} ${e.code} (${e.subcode === 'None' ? 'no subcode' : e.subcode})`);
    return [head, ...errors];
  });
  out.push(...section('Operations (synchronous errors below each; the generic ones apply too)', operations));
  const scopes = columns(s.scopes.map((sc) => [sc.scope, sc.permission]));
  out.push(...section('Azure AD scopes (any one of them allows the resource)', scopes));
  return `${out.join('\n')}\n`;
}
