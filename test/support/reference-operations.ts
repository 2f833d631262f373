/**
 * The operation facts of the reference pages, for the operations test and
 * scripts/extract-operations.ts: per resource page, its Azure AD scope table
 * and, per `### GET|POST|...` operation, what the page says of its request
 * body, its response body and its synchronous errors. Also the names on
 * GenericSynchronousErrors.md and the scope table of
 * SkypeForBusinessOnlineScopePermissions.md. Read at run time, never copied;
 * everything is [] when the reference folder is absent.
 *
 * Page layout relied on: `### Azure Active Directory scopes for online
 * applications` with a `|Scope|Permission|Description|` table; per
 * operation `#### Request body` (a table, or the word None), `#### Response
 * body` (a sentence saying the resource itself, None, or an `|Item|` table
 * whose cells link to pages), `#### Synchronous errors` (see reference.ts).
 */
import {
  read,
  referenceDir,
  resourcePages,
  section,
  tableRows,
  type ErrorRow,
  type Method,
  type ResourcePage,
} from './reference.js';

export interface ScopeRow {
  scope: string;
  permission: string;
}

/** What an operation's `#### Response body` section says. */
export type ResponseBody =
  | { kind: 'resource' } // "contains the properties and links shown ... at the top of this page"
  | { kind: 'none' }
  | { kind: 'items'; items: ResponseItem[] };

export interface ResponseItem {
  /** Text of the link (`messagingInvitation`, `Renegotiation entity`), '' when the cell is empty. */
  name: string;
  /** The linked file as written (`MessagingInvitation_ref.md`), when the cell links. */
  target?: string;
}

export interface PageOperation {
  method: Method;
  index: number;
  /** `table`: the page lists parameters; `none`: it says None; `missing`: no such section. */
  requestBody: 'table' | 'none' | 'missing';
  response: ResponseBody;
  errors: ErrorRow[];
}

export interface OperationPage {
  page: string;
  file: string;
  /** Rows of the scope table; undefined when the page has none. */
  scopes?: ScopeRow[];
  operations: PageOperation[];
}

let cache: OperationPage[] | undefined;

const OPERATION = /^### (GET|POST|PUT|DELETE|OPTIONS)\s*$/;

function scopeRows(lines: string[]): ScopeRow[] | undefined {
  const s = section(lines, /^### Azure Active Directory scopes for online applications$/);
  if (!s) return undefined;
  return tableRows(lines, s[0] + 1, s[1]).map(([scope = '', permission = '']) => ({ scope, permission }));
}

function bodyText(lines: string[], heading: RegExp, from: number, to: number): string | undefined {
  const s = section(lines, heading, from, to);
  return s && lines.slice(s[0] + 1, s[1]).join('\n').trim();
}

function requestBody(lines: string[], from: number, to: number): PageOperation['requestBody'] {
  const text = bodyText(lines, /^#### Request body$/, from, to);
  if (text === undefined) return 'missing';
  return text.startsWith('|') ? 'table' : 'none';
}

function responseBody(lines: string[], from: number, to: number): ResponseBody {
  const s = section(lines, /^#### Response body$/, from, to);
  const text = s && lines.slice(s[0] + 1, s[1]).join('\n').trim();
  if (!s || !text || /^None\b/.test(text)) return { kind: 'none' };
  if (!text.startsWith('|')) return { kind: 'resource' };
  const items = tableRows(lines, s[0] + 1, s[1]).map(([cell = '']) => {
    // `[name](File_ref.md)`, sometimes with the closing parenthesis missing; or an empty cell.
    const m = /^\[([^\]]*)\]\(([^)|]*)\)?$/.exec(cell.trim());
    return m ? { name: m[1]!.trim(), target: m[2]!.trim() } : { name: cell.trim() };
  });
  return { kind: 'items', items };
}

function operationsOf(lines: string[], page: ResourcePage): PageOperation[] {
  const ops = section(lines, /^## Operations$/);
  if (!ops) return [];
  const out: PageOperation[] = [];
  for (let i = ops[0] + 1; i < ops[1]; i++) {
    const m = OPERATION.exec(lines[i]!.trim());
    if (!m) continue;
    const [from, to] = section(lines, /^### /, i, ops[1])!;
    const index = out.length;
    out.push({
      method: m[1] as Method,
      index,
      requestBody: requestBody(lines, from, to),
      response: responseBody(lines, from, to),
      errors: page.operations[index]?.errors ?? [],
    });
    i = to - 1;
  }
  return out;
}

/** Every resource page with its scopes and operations, in file order. */
export function operationPages(): OperationPage[] {
  cache ??= resourcePages().map((page) => {
    const lines = read(page.file).split('\n');
    const scopes = scopeRows(lines);
    return { page: page.name, file: page.file, ...(scopes && { scopes }), operations: operationsOf(lines, page) };
  });
  return cache;
}

/** The names in the table of GenericSynchronousErrors.md. */
export function genericErrorNames(): string[] {
  if (!referenceDir) return [];
  const lines = read('GenericSynchronousErrors.md').split('\n');
  return tableRows(lines, 0, lines.length).map(([name = '']) => name);
}

/** The table of SkypeForBusinessOnlineScopePermissions.md (scope and permission name). */
export function scopeCatalogue(): ScopeRow[] {
  if (!referenceDir) return [];
  const lines = read('SkypeForBusinessOnlineScopePermissions.md').split('\n');
  const s = section(lines, /^## Skype for Business scope permissions$/);
  return s ? tableRows(lines, s[0] + 1, s[1]).map(([scope = '', permission = '']) => ({ scope, permission })) : [];
}
