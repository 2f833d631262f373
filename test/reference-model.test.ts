/**
 * The model (through the generated schema bundle) against Microsoft's
 * reference pages: every page has a type, every documented property, link
 * and enum member is modelled, and every JSON and XML response example fits
 * the model's value types. Disagreements are allowed only when listed in
 * test/reference/known-errors.ts, and every listed entry must still match one.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { documentedBundle } from '../src/schema/operations.js';
import type { JsonSchema } from '../src/schema/types.js';
import { knownErrors, type KnownError } from './reference/known-errors.js';
import {
  enumPages,
  fencedBlocks,
  parseHttpExample,
  referenceDir,
  resourcePages,
  responseExamples,
  responseTwins,
  type ResponseExample,
} from './support/reference.js';

type Kind = KnownError['kind'];

interface Finding {
  page: string;
  kind: Kind;
  name: string;
  detail: string;
}

const PLACEHOLDER = 'Placeholder until the page is modelled.';
const GUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;
const JSON_DATE = /^\/Date\(-?\d+([+-]\d{4})?\)\/$/;
const XML_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
const definitions = documentedBundle().definitions; // with descriptions: placeholders are found by them

// ------------------------------------------------------------- schema access

/** Follows `$ref`s to the schema that carries the content. */
function deref(schema: JsonSchema | undefined): JsonSchema | undefined {
  const seen = new Set<string>();
  while (schema?.$ref) {
    const name = decodeURIComponent(schema.$ref.replace('#/definitions/', ''));
    if (seen.has(name)) return undefined;
    seen.add(name);
    schema = definitions[name];
  }
  return schema;
}

function refName(schema: JsonSchema | undefined): string | undefined {
  let name: string | undefined;
  while (schema?.$ref) {
    name = decodeURIComponent(schema.$ref.replace('#/definitions/', ''));
    schema = definitions[name];
  }
  return name;
}

const isPlaceholder = (s: JsonSchema | undefined) => s?.description === PLACEHOLDER;

/** The definitions (alias or real) that model a resource page, excluding request bodies. */
function definitionsForPage(page: string): [string, JsonSchema][] {
  return Object.entries(definitions).filter(([, d]) => d.ucwaPage === page && d.ucwaKind !== 'request');
}

function pageType(page: string): { name: string; schema: JsonSchema } | undefined {
  const own = definitionsForPage(page);
  const [name, def] = own.find(([, d]) => d.ucwaKind === 'resource') ?? own[0] ?? [];
  if (!name || !def) return undefined;
  return { name: def.$ref ? refName(def)! : name, schema: deref(def)! };
}

const relOf = (s: JsonSchema | undefined) => deref(s)?.properties?.rel?.const as string | undefined;

/** Resource definitions whose `rel` is the given literal. */
function typesWithRel(rel: string): [string, JsonSchema][] {
  return Object.entries(definitions).filter(([, d]) => !d.$ref && d.ucwaKind === 'resource' && relOf(d) === rel);
}

const linksOf = (s: JsonSchema) => deref(s.properties?._links)?.properties ?? {};
const embeddedOf = (s: JsonSchema) => deref(s.properties?._embedded)?.properties ?? {};
const isArraySchema = (s: JsonSchema | undefined) => deref(s)?.type === 'array';

function propertySchema(s: JsonSchema, name: string): JsonSchema | undefined {
  const direct = s.properties?.[name];
  if (direct) return direct;
  for (const [pattern, p] of Object.entries(s.patternProperties ?? {})) if (new RegExp(pattern).test(name)) return p;
  return undefined;
}

// ------------------------------------------------------------- value checks

function types(s: JsonSchema): string[] {
  return s.type === undefined ? [] : Array.isArray(s.type) ? s.type : [s.type];
}

/** Why a JSON value does not fit the schema, or undefined when it fits. */
function jsonMismatch(schema: JsonSchema | undefined, value: unknown): string | undefined {
  const s = deref(schema);
  if (!s) return undefined;
  if (s.anyOf) {
    const reasons = s.anyOf.map((b) => jsonMismatch(b, value));
    return reasons.every(Boolean) ? reasons.join(' / ') : undefined;
  }
  if (s.ucwaType === 'date') return typeof value === 'string' && JSON_DATE.test(value) ? undefined : `not a JSON date: ${show(value)}`;
  if (s.enum && !s.enum.includes(value)) return `${show(value)} is not one of ${s.enum.join(', ')}`;
  if (s.const !== undefined && s.const !== value) return `${show(value)} is not ${show(s.const)}`;
  const ts = types(s);
  if (!ts.length || ts.some((t) => jsonIsType(t, value))) {
    if (Array.isArray(value) && s.items) {
      for (const item of value) {
        const why = jsonMismatch(s.items, item);
        if (why) return `item: ${why}`;
      }
    }
    if (jsonIsType('object', value) && (s.properties || s.additionalProperties !== undefined)) {
      for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
        const sub = propertySchema(s, key) ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined);
        if (!sub && s.additionalProperties === false) return `property ${key} not in the model`;
        const why = sub && jsonMismatch(sub, v);
        if (why) return `${key}: ${why}`;
      }
    }
    return undefined;
  }
  return `model says ${ts.join('|')}, example has ${show(value)}`;
}

function jsonIsType(type: string, value: unknown): boolean {
  switch (type) {
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'null':
      return value === null;
    default:
      return typeof value === type;
  }
}

/** Why an XML `<property>` text (or each `<item>` of a `<propertyList>`) does not fit the schema. */
function xmlMismatch(schema: JsonSchema | undefined, texts: string[], list: boolean): string | undefined {
  const s = deref(schema);
  if (!s) return undefined;
  if (s.anyOf) {
    const reasons = s.anyOf.map((b) => xmlMismatch(b, texts, list));
    return reasons.every(Boolean) ? reasons.join(' / ') : undefined;
  }
  const ts = types(s);
  if (ts.includes('array')) return list ? texts.map((t) => xmlMismatch(s.items, [t], false)).find(Boolean) : 'model says array, XML writes <property>';
  if (list) return `model says ${ts.join('|') || 'scalar'}, XML writes <propertyList>`;
  if (ts.includes('object')) return 'model says object, XML writes a <property>';
  const text = texts[0] ?? '';
  if (s.ucwaType === 'date') return XML_DATE.test(text) ? undefined : `not an XML date: ${show(text)}`;
  if (s.enum && !s.enum.includes(text)) return `${show(text)} is not one of ${s.enum.join(', ')}`;
  if (!ts.length || ts.includes('string')) return undefined;
  if (ts.includes('integer') && /^-?\d+$/.test(text)) return undefined;
  if (ts.includes('number') && text.trim() !== '' && !Number.isNaN(Number(text))) return undefined;
  if (ts.includes('boolean') && /^(true|false)$/i.test(text)) return undefined;
  return `model says ${ts.join('|')}, XML has ${show(text)}`;
}

function show(v: unknown): string {
  const t = JSON.stringify(v) ?? String(v);
  return t.length > 60 ? `${t.slice(0, 57)}...` : t;
}

// ------------------------------------------------------------- example walks

type Report = (kind: Kind, name: string, detail: string) => void;

function walkJson(value: Record<string, unknown>, type: JsonSchema, typeName: string, at: string, report: Report): void {
  const links = linksOf(type);
  const embedded = embeddedOf(type);
  for (const [key, v] of Object.entries(value)) {
    if (key === 'rel') {
      const own = relOf(type);
      if (own !== undefined && own !== v) report('example-disagrees', 'rel', `${at}: rel ${show(v)}, ${typeName} has rel ${show(own)}`);
    } else if (key === '_links') {
      for (const [rel, link] of Object.entries(v as Record<string, unknown>)) {
        const model = links[rel];
        if (!model) report('example-disagrees', rel, `${at}/_links: link ${rel} not in ${typeName}`);
        else if (Array.isArray(link) !== isArraySchema(model))
          report('example-disagrees', rel, `${at}/_links: link ${rel} is ${Array.isArray(link) ? 'an array' : 'single'}, ${typeName} says ${isArraySchema(model) ? 'array' : 'single'}`);
      }
    } else if (key === '_embedded') {
      for (const [rel, inner] of Object.entries(v as Record<string, unknown>)) {
        const model = embedded[rel];
        const where = `${at}/_embedded/${rel}`;
        if (!model) {
          report('example-disagrees', rel, `${where}: embedded ${rel} not in ${typeName}`);
          continue;
        }
        if (Array.isArray(inner) !== isArraySchema(model))
          report('example-disagrees', rel, `${where}: embedded ${rel} is ${Array.isArray(inner) ? 'an array' : 'single'}, ${typeName} says ${isArraySchema(model) ? 'array' : 'single'}`);
        const itemSchema = isArraySchema(model) ? deref(model)!.items : model;
        const innerType = deref(itemSchema);
        const innerName = refName(itemSchema) ?? rel;
        for (const [i, item] of (Array.isArray(inner) ? inner : [inner]).entries()) {
          if (innerType && item && typeof item === 'object')
            walkJson(item as Record<string, unknown>, innerType, innerName, Array.isArray(inner) ? `${where}/${i}` : where, report);
        }
      }
    } else {
      const model = propertySchema(type, key);
      if (!model) report('example-disagrees', key, `${at}: property ${key} not in ${typeName}`);
      else {
        const why = jsonMismatch(model, v);
        if (why) report('example-disagrees', key, `${at}/${key} (${typeName}): ${why}`);
      }
    }
  }
}

interface XmlNode {
  [tag: string]: XmlNode[] | Record<string, string> | string;
}

const xmlParser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
});

const tagOf = (n: XmlNode) => Object.keys(n).find((k) => k !== ':@')!;
const attrs = (n: XmlNode) => (n[':@'] ?? {}) as Record<string, string>;
const children = (n: XmlNode) => (n[tagOf(n)] as XmlNode[]) ?? [];
const textOf = (n: XmlNode) => children(n).map((c) => (c['#text'] as string) ?? '').join('');

/** The root element of an XML body. */
function xmlRoot(body: string): XmlNode | undefined {
  return (xmlParser.parse(body) as XmlNode[]).find((n) => !tagOf(n).startsWith('?') && tagOf(n) !== '#text');
}

function walkXml(node: XmlNode, type: JsonSchema, typeName: string, at: string, report: Report): void {
  const links = linksOf(type);
  const embedded = embeddedOf(type);
  for (const child of children(node)) {
    const tag = tagOf(child);
    const name = attrs(child).name ?? '';
    if (tag === 'link') {
      const rel = attrs(child).rel ?? '';
      if (!links[rel]) report('example-disagrees', rel, `${at}: <link rel="${rel}"> not in ${typeName}`);
    } else if (tag === 'property' && name === 'rel') {
      const own = relOf(type);
      if (own !== undefined && own !== textOf(child)) report('example-disagrees', 'rel', `${at}: rel ${show(textOf(child))}, ${typeName} has rel ${show(own)}`);
    } else if (tag === 'property' || tag === 'propertyList') {
      const model = propertySchema(type, name);
      const texts = tag === 'property' ? [textOf(child)] : children(child).map(textOf);
      if (!model) report('example-disagrees', name, `${at}: property ${name} not in ${typeName}`);
      else {
        const why = xmlMismatch(model, texts, tag === 'propertyList');
        if (why) report('example-disagrees', name, `${at}/${name} (${typeName}): ${why}`);
      }
    } else if (tag === 'resource') {
      const rel = attrs(child).rel ?? '';
      const model = embedded[rel];
      if (!model) {
        report('example-disagrees', rel, `${at}: embedded <resource rel="${rel}"> not in ${typeName}`);
        continue;
      }
      const itemSchema = isArraySchema(model) ? deref(model)!.items : model;
      const innerType = deref(itemSchema);
      if (innerType) walkXml(child, innerType, refName(itemSchema) ?? rel, `${at}/${rel}`, report);
    } else if (tag !== '#text') {
      report('example-disagrees', tag, `${at}: unexpected element <${tag}> in a resource`);
    }
  }
}

/** Root rel of a response example (JSON `rel`, XML `rel` attribute), or of its twin when it has none. */
function rootRel(ex: ResponseExample): string | undefined {
  if (ex.format === 'json') {
    const rel = (JSON.parse(ex.example.body) as { rel?: unknown }).rel;
    if (typeof rel === 'string') return rel;
    const xml = ex.operation.examples.xmlResponse;
    return xml?.body ? (xmlRoot(xml.body) && attrs(xmlRoot(xml.body)!).rel) : undefined;
  }
  return attrs(xmlRoot(ex.example.body)!).rel;
}

/**
 * A body that is not a resource (OPTIONS metadata, queued operations): some non-request type of the
 * page must model it (`ucwaOperation` naming the method, or none); its JSON form must fit that type.
 */
function checkOtherBody(ex: ResponseExample, json: Record<string, unknown> | undefined, at: string): Finding[] {
  const page = ex.page;
  const name = `${ex.operation.method} response`;
  const types = Object.entries(definitions).filter(
    ([, d]) =>
      d.ucwaPage === page &&
      !['request', 'resource', 'enum'].includes(d.ucwaKind ?? '') &&
      (d.ucwaOperation ?? ex.operation.method) === ex.operation.method,
  );
  if (!types.length) return [{ page, kind: 'other', name, detail: `${at}: not a resource and no type of the page models it` }];
  if (!json) return [];
  const reasons = types.map(([, d]) => jsonMismatch(d, json));
  return reasons.some((r) => !r) ? [] : [{ page, kind: 'example-disagrees', name, detail: `${at}: ${reasons.join(' / ')}` }];
}

/** Checks one response example; chooses among types sharing the rel the one it fits best. */
function checkExample(ex: ResponseExample): Finding[] {
  const page = ex.page;
  const at = `${ex.operation.method} ${ex.format} response`;
  const root = ex.format === 'xml' ? xmlRoot(ex.example.body) : undefined;
  const json = ex.format === 'json' ? (JSON.parse(ex.example.body) as Record<string, unknown>) : undefined;
  const notResource = root ? tagOf(root) !== 'resource' : !('rel' in json!) && !('_links' in json!);
  if (notResource) return checkOtherBody(ex, json, at);
  const rel = rootRel(ex);
  const own = pageType(page);
  // Without a rel, the body may be any resource (the 201 bodies of resume*/renegotiations): try them all.
  const candidates: [string, JsonSchema][] = rel
    ? typesWithRel(rel)
    : Object.entries(definitions).filter(([, d]) => d.ucwaKind === 'resource' && !d.$ref && !isPlaceholder(d));
  if (own && (!rel || relOf(own.schema) === rel || !candidates.length)) candidates.unshift([own.name, own.schema]);
  if (!candidates.length) return [{ page, kind: 'example-disagrees', name: 'rel', detail: `${at}: no type has rel ${show(rel)}` }];
  let best: Finding[] | undefined;
  for (const [name, schema] of candidates) {
    const found: Finding[] = [];
    const report: Report = (kind, n, detail) => found.push({ page, kind, name: n, detail });
    if (json) walkJson(json, schema, name, at, report);
    else walkXml(root!, schema, name, at, report);
    if (!best || found.length < best.length) best = found;
  }
  return best!;
}

// ------------------------------------------------------------- event samples

const eventsType = Object.entries(definitions).find(([, d]) => d.ucwaKind === 'events');

/** The JSON event samples: those of the resource pages' Events sections and of the concept pages. */
function eventSamples(): { page: string; type?: string; text: string }[] {
  const fromPages = resourcePages().flatMap((p) =>
    p.events.flatMap((e) => (e.sample ? [{ page: p.name, type: e.type, text: e.sample }] : [])),
  );
  const fromConcepts = ['EventChannelDetails.md', 'OperationResource.md'].flatMap((file) =>
    fencedBlocks(file)
      .map((b) => parseHttpExample(b, false).body)
      .filter((body) => body.startsWith('{') && body.includes('"sender"'))
      .map((text) => ({ page: file.replace(/\.md$/, ''), text })),
  );
  return [...fromPages, ...fromConcepts];
}

/** One event sample against the events type; embedded resources against the type of their rel. */
function checkEventSample(sample: { page: string; type?: string; text: string }): Finding[] {
  const { page } = sample;
  const name = `${sample.type ?? 'sample'} event`;
  if (!eventsType) return [{ page, kind: 'other', name, detail: 'no definition has ucwaKind events' }];
  const value = JSON.parse(sample.text) as { sender?: { events?: { type?: string; link?: { rel?: string }; _embedded?: Record<string, unknown> }[] }[] };
  const findings: Finding[] = [];
  const why = jsonMismatch(eventsType[1], value);
  if (why) findings.push({ page, kind: 'example-disagrees', name, detail: `event sample (${eventsType[0]}): ${why}` });
  for (const event of (value.sender ?? []).flatMap((s) => s.events ?? [])) {
    if (sample.type && event.type !== sample.type)
      findings.push({ page, kind: 'example-disagrees', name, detail: `a ${sample.type} section shows a ${String(event.type)} event` });
    for (const [rel, inner] of Object.entries(event._embedded ?? {})) {
      const innerRel = (inner as { rel?: string }).rel ?? rel;
      const candidates = typesWithRel(innerRel);
      if (!candidates.length) {
        findings.push({ page, kind: 'example-disagrees', name, detail: `embedded ${rel}: no type has rel ${innerRel}` });
        continue;
      }
      let best: Finding[] | undefined;
      for (const [typeName, schema] of candidates) {
        const found: Finding[] = [];
        walkJson(inner as Record<string, unknown>, schema, typeName, `event/_embedded/${rel}`, (kind, n, detail) =>
          found.push({ page, kind, name: n, detail }),
        );
        if (!best || found.length < best.length) best = found;
      }
      findings.push(...best!);
    }
  }
  return findings;
}

// ------------------------------------------------------------- error bodies

/** The error samples of ErrorsAndInformationalMessages.md against the error type (JSON values, XML element names). */
function errorFindings(): Finding[] {
  const page = 'ErrorsAndInformationalMessages';
  const error = Object.entries(definitions).find(([, d]) => d.ucwaKind === 'error');
  if (!error) return [{ page, kind: 'other', name: 'error body', detail: 'no definition has ucwaKind error' }];
  const findings: Finding[] = [];
  for (const block of fencedBlocks(`${page}.md`)) {
    const text = block.join('\n').trim();
    if (text.startsWith('{')) {
      const why = jsonMismatch(error[1], JSON.parse(text));
      if (why) findings.push({ page, kind: 'example-disagrees', name: 'error body', detail: `JSON sample (${error[0]}): ${why}` });
    } else if (text.startsWith('<')) {
      const root = xmlRoot(text);
      for (const child of root ? children(root) : []) {
        const tag = tagOf(child);
        if (tag !== '#text' && !error[1].properties?.[tag])
          findings.push({ page, kind: 'example-disagrees', name: tag, detail: `XML sample: <${tag}> not in ${error[0]}` });
      }
    }
  }
  return findings;
}

// ------------------------------------------------------------- page checks

function pageFindings(): { findings: Finding[]; typed: number } {
  const findings: Finding[] = [];
  let typed = 0;
  for (const page of resourcePages()) {
    const type = pageType(page.name);
    if (!type) {
      findings.push({ page: page.name, kind: 'other', name: page.name, detail: 'no definition has this ucwaPage' });
      continue;
    }
    if (!isPlaceholder(type.schema)) typed++;
    const props = type.schema.properties ?? {};
    const links = linksOf(type.schema);
    for (const { name } of page.properties) {
      if (!props[name] && !links[name])
        findings.push({ page: page.name, kind: 'missing-property', name, detail: `property ${name} not in ${type.name}` });
    }
    for (const { name } of page.links) {
      if (!links[name]) findings.push({ page: page.name, kind: 'missing-link', name, detail: `link ${name} not in ${type.name}._links` });
    }
  }
  return { findings, typed };
}

function enumFindings(): { findings: Finding[]; typed: number } {
  const findings: Finding[] = [];
  let typed = 0;
  for (const page of enumPages()) {
    const def = Object.values(definitions).find((d) => d.ucwaKind === 'enum' && d.ucwaPage === page.name);
    // A one-member union comes out of the generator as `const`.
    const members = (def?.enum ?? (def?.const !== undefined ? [def.const] : undefined)) as string[] | undefined;
    if (!members) {
      findings.push({ page: page.name, kind: 'other', name: page.name, detail: 'no enum definition with these members' });
      continue;
    }
    typed++;
    const documented = page.members.map((m) => m.name);
    for (const m of documented)
      if (!members.includes(m)) findings.push({ page: page.name, kind: 'other', name: m, detail: `enum ${page.name} lacks member ${m}` });
    for (const m of members)
      if (!documented.includes(m))
        findings.push({ page: page.name, kind: 'missing-enum-member', name: m, detail: `the page lacks ${m}, which the model adds` });
  }
  return { findings, typed };
}

// ------------------------------------------------------------- the suite

const matches = (e: KnownError, f: Finding) => e.page === f.page && e.name === f.name && (e.kind === f.kind || e.kind === 'other');
const line = (f: Finding) => `${f.page} [${f.kind}] ${f.name}: ${f.detail}`;

/**
 * True when the page's own examples use `name` (JSON key, XML property name or link rel) that its
 * tables do not document: a reference inconsistency that stays listed even once the model copes with it.
 */
function undocumentedInExamples(pageName: string, name: string): boolean {
  const page = resourcePages().find((p) => p.name === pageName);
  if (!page || [...page.properties, ...page.links].some((r) => r.name === name)) return false;
  const quoted = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const used = new RegExp(`"${quoted}"\\s*:|(name|rel)="${quoted}"`);
  return page.operations.some((o) => [o.examples.jsonResponse, o.examples.xmlResponse].some((e) => e && used.test(e.body)));
}

const title = referenceDir
  ? 'model vs reference pages'
  : 'model vs reference pages (skipped: ../shared/ucwa-reference is absent next to the checkout)';

describe.skipIf(!referenceDir)(title, () => {
  // Computed once, when the suite runs (never while it is only collected or skipped).
  let pages: { findings: Finding[]; typed: number };
  let enums: { findings: Finding[]; typed: number };
  let examples: Finding[];
  let events: Finding[];
  let errors: Finding[];
  let all: Finding[];
  const unlisted = (fs: Finding[]) => fs.filter((f) => !knownErrors.some((e) => matches(e, f))).map(line);

  beforeAll(() => {
    pages = pageFindings();
    enums = enumFindings();
    examples = responseExamples().flatMap(checkExample);
    events = eventSamples().flatMap(checkEventSample);
    errors = errorFindings();
    all = [...pages.findings, ...enums.findings, ...examples, ...events, ...errors];
  });

  afterAll(() => {
    const allowed = all.filter((f) => knownErrors.some((e) => matches(e, f)));
    console.info(
      `reference coverage: pages with a type ${pages.typed}/${resourcePages().length}; ` +
        `enums ${enums.typed}/${enumPages().length}; ` +
        `examples checked: ${responseExamples().length} responses, ${eventSamples().length} event samples; ` +
        `findings ${all.length} (${allowed.length} allowed by known-errors.ts)`,
    );
    const byEntry = new Map<string, number>();
    for (const f of allowed) {
      const key = `${f.page} [${f.kind}] ${f.name}`;
      byEntry.set(key, (byEntry.get(key) ?? 0) + 1);
    }
    // REFERENCE_FINDINGS=<file>: write every unlisted finding there, one a line (for whoever fixes them).
    const out = process.env.REFERENCE_FINDINGS;
    if (out) writeFileSync(out, unlisted(all).join('\n') + '\n');
    if (byEntry.size) console.info(`allowed disagreements:\n  ${[...byEntry].map(([k, n]) => `${k} (x${n})`).join('\n  ')}`);
  });

  it('reads the pages as FORMAT-NOTES.md counts them', () => {
    const res = resourcePages();
    expect(res).toHaveLength(238);
    expect(res.some((p) => p.file === 'resumePhoneAudio_Ref.md')).toBe(true);
    expect(enumPages()).toHaveLength(56);
    expect(enumPages().reduce((n, e) => n + e.members.length, 0)).toBe(314);
    const ops = res.flatMap((p) => p.operations);
    const methods: Record<string, number> = {};
    for (const o of ops) methods[o.method] = (methods[o.method] ?? 0) + 1;
    expect(methods).toEqual({ GET: 135, POST: 107, DELETE: 10, PUT: 9, OPTIONS: 2 });
    expect(res.reduce((n, p) => n + p.properties.length, 0)).toBe(527);
    expect(res.reduce((n, p) => n + p.links.length, 0)).toBe(574);
    expect(res.filter((p) => !p.properties.length)).toHaveLength(151);
    expect(res.filter((p) => !p.links.length)).toHaveLength(100);
    const responses = responseExamples();
    expect(responses.filter((r) => r.format === 'json')).toHaveLength(151);
    expect(responses.filter((r) => r.format === 'xml')).toHaveLength(151);
    expect(responseTwins()).toHaveLength(151);
    for (const r of responses.filter((x) => x.format === 'json')) expect(() => JSON.parse(r.example.body)).not.toThrow();
    const examples = ops.flatMap((o) => Object.values(o.examples));
    const bodies = examples.filter((e) => e.body);
    expect(bodies).toHaveLength(428);
    expect(bodies.filter((e) => !e.blankLineBeforeBody)).toHaveLength(427);
    expect(examples.filter((e) => !e.startLine)).toHaveLength(3);
    expect(examples.filter((e) => /&(quot|lt|gt|amp);/.test(e.body))).toEqual([]);
    const hinted = ops.flatMap((o) => o.requestBody).filter((r) => r.hint);
    expect(hinted.filter((r) => r.hint!.base === 'String' && !r.hint!.nullable && !r.hint!.array)).toHaveLength(150);
    expect(hinted.filter((r) => r.hint!.members && !r.hint!.nullable && !r.hint!.array)).toHaveLength(32);
  });

  it('has a definition for every resource page (by ucwaPage; aliases count)', () => {
    expect(unlisted(pages.findings.filter((f) => f.kind === 'other'))).toEqual([]);
  });

  it('models every documented property and link', () => {
    expect(unlisted(pages.findings.filter((f) => f.kind !== 'other'))).toEqual([]);
  });

  it('models every enumeration member, and lists the members it adds', () => {
    expect(unlisted(enums.findings)).toEqual([]);
  });

  it('agrees with every JSON and XML response example', () => {
    expect(unlisted(examples)).toEqual([]);
  });

  it('agrees with every JSON event sample (event channel and embedded resources)', () => {
    expect(eventSamples().length).toBeGreaterThanOrEqual(124);
    expect(unlisted(events)).toEqual([]);
  });

  it('agrees with the error body samples', () => {
    expect(unlisted(errors)).toEqual([]);
  });

  it('lists no known error that no longer matches anything', () => {
    const live = (e: KnownError) =>
      all.some((f) => matches(e, f)) || (e.kind === 'example-disagrees' && undocumentedInExamples(e.page, e.name));
    const stale = knownErrors.filter((e) => e.kind !== 'other' && !live(e));
    const unusedOther = knownErrors.filter((e) => e.kind === 'other' && !all.some((f) => matches(e, f)));
    if (unusedOther.length)
      console.info(`known errors of kind 'other' this test cannot check:\n  ${unusedOther.map((e) => `${e.page} ${e.name}`).join('\n  ')}`);
    expect(stale.map((e) => `${e.page} [${e.kind}] ${e.name}`)).toEqual([]);
  });
});
