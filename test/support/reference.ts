/**
 * Reader of Microsoft's UCWA 2.0 reference pages (../shared/ucwa-reference/)
 * for the reference tests. The pages are read at run time and never copied
 * into the repository; every function returns [] when the folder is absent,
 * so suites can `describe.skipIf(!referenceDir)`.
 *
 * Page layout relied on: `### Properties` / `### Links` tables, `## Events`
 * with one `### Added|Updated|...` section each, `## Operations` with one
 * `### GET|POST|...` section per operation, holding `#### Request body` and
 * `#### JSON Request|JSON Response|XML Request|XML Response` fenced examples.
 * Examples are HTTP messages whose body follows the headers with no blank
 * line; a few lack the start line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const location = new URL('../../../shared/ucwa-reference/', import.meta.url);

/** The reference folder, or null when it is not next to the checkout. */
export const referenceDir: URL | null = existsSync(fileURLToPath(location)) ? location : null;

if (!referenceDir) {
  console.warn(
    `UCWA reference pages not found at ${fileURLToPath(location)}: the suites that check the model, ` +
      'the codecs and the validator against them are skipped (CI has the folder beside the checkout).',
  );
}

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'OPTIONS';
export type Format = 'json' | 'xml';

/** One row of a two-column `|Name|Description|` table. */
export interface TableRow {
  name: string;
  description: string;
}

/** Type hint written at the end of a request-body parameter description. */
export interface TypeHint {
  /** `String`, `Boolean`, `Int32`, `DateTime`, `TimeSpan`, `Byte`, `ExternalResource`, or an enum name. */
  base: string;
  nullable: boolean;
  array: boolean;
  /** Members listed after an enum name (`(NoteType)Personal, or OutOfOffice`). */
  members?: string[];
}

export interface RequestParameter extends TableRow {
  required: boolean;
  hint?: TypeHint;
}

/** An HTTP message cut from an example block. */
export interface HttpExample {
  /** `Get https://... HTTP/1.1` or `HTTP/1.1 200 OK`; undefined when the example has none. */
  startLine?: string;
  /** Response status code (undefined for requests and start-line-less examples). */
  status?: number;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  /** Media type of the body, from Content-Type (parameters dropped), if any. */
  contentType?: string;
  /** The body, trimmed; HTML entities decoded for requests. '' when there is none. */
  body: string;
  /** True when a blank line separated headers and body (the pages usually omit it). */
  blankLineBeforeBody: boolean;
}

/** One row of an operation's synchronous errors table. */
export interface ErrorRow {
  /** ErrorCode name (`Conflict`). */
  error: string;
  /** HTTP status (`409`). */
  status: string;
  /** ErrorSubcode name (`AlreadyExists`, `None`). */
  subcode: string;
  description: string;
}

export interface Operation {
  method: Method;
  /** Position of the operation on its page (0-based), to tell two POSTs apart. */
  index: number;
  queryParameters: RequestParameter[];
  /** Request body table rows; [] when the page says None. */
  requestBody: RequestParameter[];
  errors: ErrorRow[];
  examples: {
    jsonRequest?: HttpExample;
    jsonResponse?: HttpExample;
    xmlRequest?: HttpExample;
    xmlResponse?: HttpExample;
  };
}

/** An event section of a resource page (`### Added` ...) with its sample text. */
export interface EventSection {
  /** Lower-cased: added, updated, deleted, started, completed. */
  type: string;
  rows: { resource: string; priority: string; sender: string }[];
  /** JSON text of the sample, fenced or not; undefined when the section has none. */
  sample?: string;
}

export interface ResourcePage {
  /** Page name, as in the file name: `note`, `resumePhoneAudio`. */
  name: string;
  file: string;
  /** Properties table rows ([] when the page says None). */
  properties: TableRow[];
  /** Links table rows ([] when the page says None). */
  links: TableRow[];
  operations: Operation[];
  events: EventSection[];
}

export interface EnumPage {
  name: string;
  file: string;
  members: TableRow[];
}

/** A JSON response example and the XML example of the same operation. */
export interface ResponseTwin {
  page: string;
  operation: Operation;
  json: HttpExample;
  xml: HttpExample;
}

// ---------------------------------------------------------------- helpers

export function read(file: string): string {
  return readFileSync(new URL(file, location), 'utf8').replace(/\r\n?/g, '\n');
}

function files(): string[] {
  return referenceDir ? readdirSync(fileURLToPath(referenceDir)).sort() : [];
}

const ENTITIES: Record<string, string> = { quot: '"', lt: '<', gt: '>', amp: '&', apos: "'", nbsp: '\u00a0' };

/** Decodes the HTML entities the pages use in escaped request examples. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Splits a page into its lines between `start` (a heading line) and the next heading of the same or higher level. */
export function section(lines: string[], heading: RegExp, from = 0, to = lines.length): [number, number] | undefined {
  const start = lines.findIndex((l, i) => i >= from && i < to && heading.test(l.trim()));
  if (start < 0) return undefined;
  const level = /^#+/.exec(lines[start]!.trim())![0].length;
  let end = start + 1;
  while (end < to) {
    const m = /^(#+)\s/.exec(lines[end]!.trim());
    if (m && m[1]!.length <= level) break;
    end++;
  }
  return [start, end];
}

function cells(line: string): string[] {
  const t = line.trim();
  return t.slice(1, t.endsWith('|') ? -1 : undefined).split('|').map((c) => c.trim());
}

/** Data rows of the first table in lines[from, to) (header and rule skipped). */
export function tableRows(lines: string[], from: number, to: number): string[][] {
  const rows: string[][] = [];
  let i = from;
  while (i < to && !lines[i]!.trim().startsWith('|')) i++;
  for (i += 2; i < to && lines[i]!.trim().startsWith('|'); i++) rows.push(cells(lines[i]!));
  return rows;
}

function twoColumn(lines: string[], heading: RegExp, from: number, to: number): TableRow[] {
  const s = section(lines, heading, from, to);
  if (!s) return [];
  return tableRows(lines, s[0] + 1, s[1]).map(([name = '', description = '']) => ({ name, description }));
}

const SCALAR_HINT = /(Nullable |Array of )?(String|Boolean|Int32|Int64|DateTime|TimeSpan|Byte|ExternalResource)$/;
const ENUM_HINT = /(Nullable |Array of )?\((\w+)\)\s*([\w ,]+)$/;

/** Reads the type hint glued to the end of a request-body description. */
export function typeHint(description: string): TypeHint | undefined {
  const d = description.trim();
  const e = ENUM_HINT.exec(d);
  if (e) {
    const members = e[3]!.split(/,\s*(?:or\s+)?|\s+or\s+/).map((m) => m.trim()).filter(Boolean);
    return { base: e[2]!, nullable: e[1] === 'Nullable ', array: e[1] === 'Array of ', members };
  }
  const s = SCALAR_HINT.exec(d);
  if (s) return { base: s[2]!, nullable: s[1] === 'Nullable ', array: s[1] === 'Array of ' };
  return undefined;
}

function parameters(lines: string[], heading: RegExp, from: number, to: number): RequestParameter[] {
  const s = section(lines, heading, from, to);
  if (!s) return [];
  return tableRows(lines, s[0] + 1, s[1]).map(([name = '', description = '', required = '']) => ({
    name,
    description,
    required: /^yes/i.test(required),
    hint: typeHint(description),
  }));
}

/** Content of the first fenced block in lines[from, to). */
function fenced(lines: string[], from: number, to: number): string[] | undefined {
  let i = from;
  while (i < to && !lines[i]!.trim().startsWith('```')) i++;
  if (i >= to) return undefined;
  const out: string[] = [];
  for (i++; i < lines.length && !lines[i]!.trim().startsWith('```'); i++) out.push(lines[i]!);
  return out;
}

const HEADER = /^([A-Za-z][A-Za-z0-9-]*):\s*(.*)$/;

/** Parses an example block as an HTTP message (start line optional, headers, body). */
export function parseHttpExample(block: string[], request: boolean): HttpExample {
  let i = 0;
  while (i < block.length && block[i]!.trim() === '') i++;
  let startLine: string | undefined;
  const first = block[i]?.trim() ?? '';
  if (/^HTTP\/\d/.test(first) || /^[A-Za-z]+ \S+ HTTP\/\d/.test(first)) {
    startLine = first;
    i++;
  }
  const headers: Record<string, string> = {};
  let m: RegExpExecArray | null;
  while (i < block.length && (m = HEADER.exec(block[i]!.trim()))) {
    headers[m[1]!.toLowerCase()] = m[2]!.trim();
    i++;
  }
  const blankLineBeforeBody = i < block.length && block[i]!.trim() === '' && block.slice(i).some((l) => l.trim() !== '');
  let body = block.slice(i).join('\n').trim();
  if (request) body = decodeEntities(body);
  const status = startLine && /^HTTP\/\S+ (\d{3})/.exec(startLine);
  const type = headers['content-type']?.split(';')[0]?.trim();
  return {
    ...(startLine !== undefined && { startLine }),
    ...(status && { status: Number(status[1]) }),
    headers,
    ...(type && { contentType: type }),
    body,
    blankLineBeforeBody,
  };
}

function errorRows(lines: string[], from: number, to: number): ErrorRow[] {
  const s = section(lines, /^#### Synchronous errors$/, from, to);
  if (!s) return [];
  return tableRows(lines, s[0] + 1, s[1]).map(([error = '', status = '', subcode = '', description = '']) => ({
    error,
    status,
    subcode,
    description,
  }));
}

const EXAMPLE_KEYS = {
  'JSON Request': 'jsonRequest',
  'JSON Response': 'jsonResponse',
  'XML Request': 'xmlRequest',
  'XML Response': 'xmlResponse',
} as const;

function operations(lines: string[]): Operation[] {
  const ops = section(lines, /^## Operations$/);
  if (!ops) return [];
  const out: Operation[] = [];
  for (let i = ops[0] + 1; i < ops[1]; i++) {
    const m = /^### (GET|POST|PUT|DELETE|OPTIONS)\s*$/.exec(lines[i]!.trim());
    if (!m) continue;
    const [from, to] = section(lines, /^### /, i, ops[1])!;
    const examples: Operation['examples'] = {};
    for (const [title, key] of Object.entries(EXAMPLE_KEYS)) {
      const s = section(lines, new RegExp(`^#### ${title}$`), from, to);
      const block = s && fenced(lines, s[0] + 1, s[1]);
      if (block) examples[key] = parseHttpExample(block, key.endsWith('Request'));
    }
    out.push({
      method: m[1] as Method,
      index: out.length,
      queryParameters: parameters(lines, /^#### Query parameters$/, from, to),
      requestBody: parameters(lines, /^#### Request body$/, from, to),
      errors: errorRows(lines, from, to),
      examples,
    });
    i = to - 1;
  }
  return out;
}

/** A JSON sample written without a fence: from the first `{` line until the braces balance. */
function unfencedJson(lines: string[], from: number, to: number): string | undefined {
  const start = lines.findIndex((l, i) => i >= from && i < to && l.trim().startsWith('{'));
  if (start < 0) return undefined;
  let depth = 0;
  const out: string[] = [];
  for (let i = start; i < to; i++) {
    out.push(lines[i]!);
    for (const ch of lines[i]!.replace(/"(?:[^"\\]|\\.)*"/g, '""')) {
      if (ch === '{' || ch === '[') depth++;
      else if (ch === '}' || ch === ']') depth--;
    }
    if (depth <= 0) break;
  }
  return out.join('\n').trim();
}

function events(lines: string[]): EventSection[] {
  const ev = section(lines, /^## Events$/);
  if (!ev) return [];
  const out: EventSection[] = [];
  for (let i = ev[0] + 1; i < ev[1]; i++) {
    const m = /^### (\w+)\s*$/.exec(lines[i]!.trim());
    if (!m) continue;
    const [from, to] = section(lines, /^### /, i, ev[1])!;
    const rows = tableRows(lines, from + 1, to).map(([resource = '', priority = '', sender = '']) => ({ resource, priority, sender }));
    const block = fenced(lines, from + 1, to);
    const sample = block ? block.join('\n').trim() : unfencedJson(lines, from + 1, to);
    out.push({ type: m[1]!.toLowerCase(), rows, ...(sample && { sample }) });
    i = to - 1;
  }
  return out;
}

// ---------------------------------------------------------------- pages

let resourceCache: ResourcePage[] | undefined;
let enumCache: EnumPage[] | undefined;

/** Parses one resource page (file name relative to the reference folder). */
export function parseResourcePage(file: string): ResourcePage {
  const lines = read(file).split('\n');
  const name = file.replace(/_ref\.md$/i, '');
  return {
    name,
    file,
    properties: twoColumn(lines, /^### Properties$/, 0, lines.length),
    links: twoColumn(lines, /^### Links$/, 0, lines.length),
    operations: operations(lines),
    events: events(lines),
  };
}

/** The resource pages (`name_ref.md` with a lower-case first letter), sorted by file name. */
export function resourcePages(): ResourcePage[] {
  resourceCache ??= files()
    .filter((f) => /^[a-z]\w*_[Rr]ef\.md$/.test(f))
    .map(parseResourcePage);
  return resourceCache;
}

/** The enumeration pages (`Name_ref.md` with a `## Members` table). */
export function enumPages(): EnumPage[] {
  enumCache ??= files()
    .filter((f) => /^[A-Z]\w*_ref\.md$/.test(f))
    .flatMap((file) => {
      const lines = read(file).split('\n');
      const members = twoColumn(lines, /^## Members$/, 0, lines.length);
      return members.length ? [{ name: file.replace(/_ref\.md$/, ''), file, members }] : [];
    });
  return enumCache;
}

/** True when the example carries a UCWA JSON/XML body (not a photo, HTML page or batch). */
export function hasUcwaBody(example: HttpExample | undefined): example is HttpExample {
  return !!example?.body && (!example.contentType || /^application\/[\w.+-]*(json|xml)$/.test(example.contentType));
}

/** A response example with a UCWA body, located by page and operation. */
export interface ResponseExample {
  page: string;
  operation: Operation;
  format: Format;
  example: HttpExample;
}

/** Every response example with a UCWA body (JSON and XML). */
export function responseExamples(): ResponseExample[] {
  return resourcePages().flatMap((page) =>
    page.operations.flatMap((operation) =>
      (['json', 'xml'] as const).flatMap((format) => {
        const example = operation.examples[format === 'json' ? 'jsonResponse' : 'xmlResponse'];
        return hasUcwaBody(example) ? [{ page: page.name, operation, format, example }] : [];
      }),
    ),
  );
}

/** Every JSON response with a UCWA body, paired with the XML response of the same operation. */
export function responseTwins(): ResponseTwin[] {
  return resourcePages().flatMap((page) =>
    page.operations.flatMap((operation) => {
      const { jsonResponse: json, xmlResponse: xml } = operation.examples;
      return hasUcwaBody(json) && hasUcwaBody(xml) ? [{ page: page.name, operation, json, xml }] : [];
    }),
  );
}

/** The fenced blocks of any page, as lines (concept pages such as EventChannelDetails.md). */
export function fencedBlocks(file: string): string[][] {
  if (!referenceDir) return [];
  const lines = read(file).split('\n');
  const blocks: string[][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.trim().startsWith('```')) continue;
    const block = fenced(lines, i, lines.length)!;
    blocks.push(block);
    i += block.length + 1;
  }
  return blocks;
}

/** The text of any page of the folder (concept pages such as EventChannelDetails.md). */
export function pageText(file: string): string {
  return read(file);
}
