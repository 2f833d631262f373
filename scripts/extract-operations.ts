/**
 * Writes src/model/operations/<page>.ts from the reference pages: per page,
 * its scopes and, per operation, the request type, the response type and the
 * documented synchronous errors (types of src/model/syncErrors.ts). A
 * bootstrap for new pages, not a generator: the written files are the model
 * and may be edited by hand (test/reference-operations.test.ts checks them
 * against the pages), so existing files are left alone unless `--force`.
 *
 *   tsx scripts/extract-operations.ts [--force] [page...]
 *
 * Needs ../shared/ucwa-reference and up-to-date generated bundles (src/generated/)
 * (type names are looked up there).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fullBundle } from '../src/schema/operations.js';
import type { SchemaBundle } from '../src/schema/types.js';
import { ROOT } from './generate-schemas.js';
import { operationPages, type OperationPage, type PageOperation } from '../test/support/reference-operations.js';

const MODEL = join(ROOT, 'src/model');
const OUT = join(MODEL, 'operations');

/**
 * Where a page names no type the model has: the type the operation really answers with.
 * Each one is also a known error of the page (test/reference/known-errors.ts).
 */
const RESPONSE_OVERRIDES: Record<string, string> = {
  'applications OPTIONS': 'ApplicationsOptionsMetadata',
  'anonApplications OPTIONS': 'AnonApplicationsOptionsMetadata',
  'makeMeAvailable2 POST': 'MakeMeAvailable2PostResponse',
  'renegotiations POST': 'AudioVideoRenegotiation',
  'resumeAudio POST': 'AudioVideoRenegotiation',
  'resumeAudioVideo POST': 'AudioVideoRenegotiation',
};

/** Where the page says the operation takes no body, but it does (also known errors of the page). */
const REQUEST_OVERRIDES: Record<string, string> = {
  'applications2 POST': 'Applications2PostInput',
  'batch POST': 'BatchPostInput',
};

/**
 * The named lists of syncErrors.ts (`@ucwaKind errorList`), which most
 * operations end with, read from the bundle so they are written once.
 */
function commonErrors(bundle: SchemaBundle): Record<string, string[]> {
  const lists: Record<string, string[]> = {};
  for (const [name, def] of Object.entries(bundle.definitions)) {
    if (def.ucwaKind !== 'errorList') continue;
    const items = (def.items ?? []) as { $ref?: string }[];
    lists[name] = items.map((item) => decodeURIComponent(String(item.$ref).replace('#/definitions/', '')));
  }
  return lists;
}

const pascal = (page: string) => page[0]!.toUpperCase() + page.slice(1);

/** The bundle with the model's annotations (schemas/ucwa.schema.json leaves them out for strict tools). */
function loadBundle(): SchemaBundle {
  return fullBundle();
}

/** Type name -> model module that exports it (path relative to src/model, without extension). */
function exportedTypes(dir = MODEL, out = new Map<string, string>()): Map<string, string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path !== OUT) exportedTypes(path, out);
    } else if (entry.name.endsWith('.ts') && entry.name !== 'index.ts') {
      for (const m of readFileSync(path, 'utf8').matchAll(/^export (?:interface|type) (\w+)/gm)) {
        out.set(m[1]!, relative(MODEL, path).replace(/\\/g, '/').replace(/\.ts$/, ''));
      }
    }
  }
  return out;
}

class Lookup {
  private readonly pageType = new Map<string, string>();
  private readonly requestType = new Map<string, string>();

  constructor(bundle: SchemaBundle) {
    for (const [name, def] of Object.entries(bundle.definitions)) {
      const page = def.ucwaPage?.toLowerCase();
      if (!page) continue;
      if (def.ucwaKind === 'resource' || def.ucwaKind === 'events') this.pageType.set(page, name);
      if (def.ucwaKind === 'request' && def.ucwaOperation) this.requestType.set(`${page} ${def.ucwaOperation}`, name);
    }
  }

  typeOfPage(page: string): string {
    const type = this.pageType.get(page.toLowerCase());
    if (!type) throw new Error(`no resource type for page ${page}`);
    return type;
  }

  request(page: string, op: PageOperation): string | null {
    const override = REQUEST_OVERRIDES[`${page} ${op.method}`];
    if (override) return override;
    if (op.requestBody !== 'table') return null;
    const type = this.requestType.get(`${page.toLowerCase()} ${op.method}`);
    if (!type) throw new Error(`${page} ${op.method}: the page lists a request body, the model has no request type`);
    return type;
  }

  response(page: string, op: PageOperation): string | null {
    const override = RESPONSE_OVERRIDES[`${page} ${op.method}`];
    if (override) return override;
    if (op.response.kind === 'none') return null;
    if (op.response.kind === 'resource') return this.typeOfPage(page);
    const [item] = op.response.items;
    return this.typeOfPage(item!.name);
  }
}

/** The distinct (code, subcode) rows of an operation, in page order, as syncErrors.ts type names. */
export function errorTypeNames(op: Pick<PageOperation, 'errors'>): string[] {
  return [...new Set(op.errors.map((e) => `${e.error}${e.subcode || 'None'}`))];
}

/**
 * The errors as written: a common list alone, the others (in page order)
 * then `...` the common list, or all of them. An operation's errors are a
 * set, so a common list matches wherever its members stand on the page.
 */
function errorsText(names: string[], common: Record<string, string[]>, indent: string): { text: string; types: string[] } {
  for (const [name, members] of Object.entries(common)) {
    if (!members.every((m) => names.includes(m))) continue;
    const head = names.filter((n) => !members.includes(n));
    if (!head.length) return { text: name, types: [name] };
    return { text: list([...head, `...${name}`], indent), types: [...head, name] };
  }
  return { text: list(names, indent), types: names };
}

function list(names: string[], indent: string): string {
  const flat = `[${names.join(', ')}]`;
  if (flat.length + indent.length < 100) return flat;
  return `[\n${names.map((n) => `${indent}  ${n},`).join('\n')}\n${indent}]`;
}

function moduleText(page: OperationPage, lookup: Lookup, where: Map<string, string>, common: Record<string, string[]>): string {
  const used = new Set<string>(['ResourceOperations']);
  const methods = page.operations.map((op) => {
    const request = lookup.request(page.page, op);
    const response = lookup.response(page.page, op);
    const errors = errorsText(errorTypeNames(op), common, '    ');
    for (const t of [request, response, ...errors.types]) if (t) used.add(t);
    return [
      `  ${op.method}: {`,
      `    request: ${request ?? 'null'};`,
      `    response: ${response ?? 'null'};`,
      `    errors: ${errors.text};`,
      '  };',
    ].join('\n');
  });
  const byModule = new Map<string, string[]>();
  for (const type of [...used].sort()) {
    const module = where.get(type);
    if (!module) throw new Error(`${page.page}: no model module exports ${type}`);
    byModule.set(module, [...(byModule.get(module) ?? []), type]);
  }
  const imports = [...byModule]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([module, types]) => `import type { ${types.join(', ')} } from '../${module}.js';`);
  const scopes = [...new Set((page.scopes ?? []).map((s) => `'${s.scope}'`))];
  return `${imports.join('\n')}

/**
 * Operations of ${page.page}, and the scopes they need.
 * @ucwaKind operations
 * @ucwaPage ${page.page}
 */
export interface ${pascal(page.page)}Operations extends ResourceOperations {
${[`  scopes: [${scopes.join(', ')}];`, ...methods].join('\n')}
}
`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const only = new Set(args.filter((a) => !a.startsWith('--')));
  const pages = operationPages();
  if (!pages.length) {
    console.error('extract-operations: the reference pages are not at ../shared/ucwa-reference');
    process.exit(1);
  }
  const bundle = loadBundle();
  const lookup = new Lookup(bundle);
  const common = commonErrors(bundle);
  const where = exportedTypes();
  mkdirSync(OUT, { recursive: true });
  let written = 0;
  for (const page of pages) {
    if (only.size && !only.has(page.page)) continue;
    const file = join(OUT, `${page.page}.ts`);
    if (existsSync(file) && !force) continue;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, moduleText(page, lookup, where, common));
    written++;
  }
  console.log(`extract-operations: wrote ${written} files in ${relative(ROOT, OUT)}`);
}
