/** `ucwa resources`: every resource of the model with its page and rel. */
import { oneOf, parseCommandArgs } from '../args.js';
import { RESOURCES_HELP } from '../help.js';
import { EXIT, type Io } from '../io.js';

export interface ResourceRow {
  type: string;
  page: string | null;
  rel: string | null;
  /** The type an alias page stands for (`Organizer` -> `Contact`). */
  aliasOf: string | null;
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
  const rows: ResourceRow[] = [];
  for (const [type, schema] of Object.entries(bundle.definitions)) {
    if (schema.ucwaKind !== 'resource') continue;
    const plan = planFor(type);
    rows.push({
      type,
      page: typeof schema.ucwaPage === 'string' ? schema.ucwaPage : null,
      rel: plan?.rel ?? null,
      aliasOf: plan && plan.name !== type ? plan.name : null,
    });
  }
  return rows.sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}

function table(rows: readonly ResourceRow[]): string {
  const cells = [['REL', 'TYPE', 'PAGE'], ...rows.map((r) => [r.rel ?? '-', r.aliasOf ? `${r.type} (= ${r.aliasOf})` : r.type, r.page ?? '-'])];
  const widths = [0, 1].map((c) => Math.max(...cells.map((row) => row[c]!.length)));
  return `${cells.map((row) => `${row[0]!.padEnd(widths[0]!)}  ${row[1]!.padEnd(widths[1]!)}  ${row[2]}`).join('\n')}\n${rows.length} resources\n`;
}
