/** `ucwa resources`: every resource of the model with its page and rel (and, as JSON, its operations and scopes). */
import { oneOf, parseCommandArgs } from '../args.js';
import { RESOURCES_HELP } from '../help.js';
import { EXIT, type Io } from '../io.js';
import type { OperationInfo } from '../../schema/operations.js';

export interface ResourceRow {
  type: string;
  page: string | null;
  rel: string | null;
  /** The type an alias page stands for (`Organizer` -> `Contact`). */
  aliasOf: string | null;
  /** Azure AD scopes, any one of which allows the resource ([] when its page lists none). */
  scopes: string[];
  /** The operations of its page: method, request and response types, documented errors. */
  operations: OperationInfo[];
}

export async function resourcesCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs('resources', args, { help: { type: 'boolean', short: 'h' }, format: { type: 'string' } });
  if (parsed.values.help) {
    io.write(RESOURCES_HELP);
    return EXIT.ok;
  }
  const format = oneOf('resources', 'format', parsed.values.format, ['text', 'json'], 'text');
  const rows = await listResources();
  io.write(format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : table(rows));
  return EXIT.ok;
}

export async function listResources(): Promise<ResourceRow[]> {
  const { bundle } = await import('../../generated/schema-bundle.js');
  const { planFor } = await import('../../schema/plan.js');
  const { operationsOf } = await import('../../schema/operations.js');
  const rows: ResourceRow[] = [];
  for (const [type, schema] of Object.entries(bundle.definitions)) {
    if (schema.ucwaKind !== 'resource') continue;
    const plan = planFor(type);
    const page = typeof schema.ucwaPage === 'string' ? schema.ucwaPage : null;
    const operations = page ? operationsOf(page) : undefined;
    rows.push({
      type,
      page,
      rel: plan?.rel ?? null,
      aliasOf: plan && plan.name !== type ? plan.name : null,
      scopes: operations?.scopes ?? [],
      operations: operations?.operations ?? [],
    });
  }
  return rows.sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}

function table(rows: readonly ResourceRow[]): string {
  const cells = [['REL', 'TYPE', 'PAGE'], ...rows.map((r) => [r.rel ?? '-', r.aliasOf ? `${r.type} (= ${r.aliasOf})` : r.type, r.page ?? '-'])];
  const widths = [0, 1].map((c) => Math.max(...cells.map((row) => row[c]!.length)));
  return `${cells.map((row) => `${row[0]!.padEnd(widths[0]!)}  ${row[1]!.padEnd(widths[1]!)}  ${row[2]}`).join('\n')}\n${rows.length} resources\n`;
}
