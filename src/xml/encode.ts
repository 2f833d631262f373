/**
 * HAL JSON value -> XML text, the inverse of decode.ts. The body form comes
 * from `options.resource` when given, else from the value's shape:
 * `sender` -> `<events>`, `code` without `rel` -> `<reason>`, a lone
 * `metadata`/`operations` list -> the data-contract bodies, otherwise a
 * `<resource>`. A request type gives `<input>`, or a `<resource>` without
 * rel/href (only `<property name="rel">`) when the request is a whole resource (PUT).
 * A value without rel is typed by its names (schema/infer.ts), as the decoder
 * types the XML it writes: an inferred request body is written as `<input>`.
 *
 * Resource layout: `<resource rel href xmlns>`, links, `<property name="rel">`
 * (root and nested alike, so a nested resource's own rel survives), other
 * properties and property lists in the value's order, embedded resources.
 */
import { asUcwaError, checkOptions } from '../boundary.js';
import { UcwaError, diagnostic, pushBounded, type Diagnostic, type DiagnosticCode } from '../diagnostic.js';
import { NC_NAME, describeChar, firstNonXmlChar } from '../codec/chars.js';
import { isoToUcwa, ucwaToIso } from '../codec/dates.js';
import { checkValueShape } from '../codec/limits.js';
import { indentOf, maxDepthOf, type EncodeOptions } from '../codec/options.js';
import { hasOwn, isPlainObject } from '../codec/safe.js';
import { bodyNames, decodingPlan, inferType, shapeIndexOf } from '../schema/infer.js';
import { defaultPlanner, type Plan, type Planner, type ValueShape } from '../schema/plan.js';
import { child } from './context.js';
import { CONTRACTS, XSI_NS, contractFor, type Contract } from './contracts.js';
import { optionPlan } from './decode.js';
import { emptyListAttrs } from './empty.js';
import { UCWA_NS } from './scan.js';
import { typeAttrs } from './typed.js';
import { XmlWriter, type Attrs } from './writer.js';

export interface XmlEncodeOptions extends EncodeOptions {
  planner?: Planner;
}

interface EncodeContext {
  planner: Planner;
  w: XmlWriter;
  errors: Diagnostic[];
}

const NIL: Attrs = [['xsi:nil', 'true'], ['xmlns:xsi', XSI_NS]];
/** Element and attribute names written from keys: XML names without a colon (chars.ts). */
const NAME = NC_NAME;
const RESERVED = new Set(['rel', '_links', '_embedded']);

function fail(ctx: EncodeContext, code: DiagnosticCode, message: string, path: string): void {
  pushBounded(ctx.errors, diagnostic(code, message, { path }));
}

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

/**
 * JSON value -> UCWA XML text. Throws only `UcwaError`: for values XML
 * cannot carry, too deep a nesting, and values whose getters or Proxy traps throw.
 */
export function encodeXml(value: unknown, options: XmlEncodeOptions = {}): string {
  try {
    checkOptions(options);
    return encode(value, options);
  } catch (error) {
    throw asUcwaError(error);
  }
}

function encode(value: unknown, options: XmlEncodeOptions): string {
  checkValueShape(value, maxDepthOf(options));
  const planner = options.planner ?? defaultPlanner();
  const named = optionPlan(planner, options.resource);
  const ctx: EncodeContext = { planner, w: new XmlWriter(indentOf(options)), errors: [] };
  if (!isPlainObject(value)) {
    throw new UcwaError([diagnostic('schema.type', `A UCWA body is an object, not ${describe(value)}.`)]);
  }
  const kind = named?.kind;
  const contract = kind === 'options' || kind === 'response' || !named ? contractFor(value) : undefined;
  if (kind === 'request' && !named?.rel) writeInput(ctx, value, named);
  else if (kind === 'error' || (!named && typeof value.code === 'string' && !hasOwn(value, 'rel'))) {
    writeReason(ctx, value, '', 0, true);
  } else if (kind === 'events' || (!named && Array.isArray(value.sender))) writeEvents(ctx, value);
  else if (contract) writeContract(ctx, contract, CONTRACTS.get(contract)!, value, '', 0, true);
  else if (!named && !hasOwn(value, 'rel')) writeInferred(ctx, value);
  else {
    const rel = typeof value.rel === 'string' ? value.rel : undefined;
    const type = named ? undefined : rel !== undefined ? planner.typeForRel(rel) : undefined;
    const plan = named ?? (type ? planner.planFor(type) : undefined);
    writeResource(ctx, value, plan, { root: true, putBody: kind === 'request' }, '', 0);
  }
  if (ctx.errors.length) throw new UcwaError(ctx.errors);
  const unwritable = ctx.w.unwritable.first;
  if (unwritable) throw new UcwaError([diagnostic('value.character', `The value holds ${unwritable}, a character XML 1.0 cannot carry.`)]);
  return ctx.w.out;
}

/** A body without rel: a request body (`<input>`) or a resource, as its names say; untyped when they cannot tell. */
function writeInferred(ctx: EncodeContext, v: Record<string, unknown>): void {
  const names = bodyNames(v);
  const plan = decodingPlan(ctx.planner, inferType(names, 'any', shapeIndexOf(ctx.planner.bundle)), names);
  if (plan?.kind === 'request' && !hasOwn(v, '_embedded')) writeInput(ctx, v, plan);
  else writeResource(ctx, v, plan?.kind === 'resource' ? plan : undefined, { root: true }, '', 0);
}

// ------------------------------------------------------------------ resources

function writeResource(
  ctx: EncodeContext,
  v: Record<string, unknown>,
  plan: Plan | undefined,
  where: { root: boolean; key?: string; putBody?: boolean },
  path: string,
  depth: number,
): void {
  const links = v._links;
  const embedded = v._embedded;
  if (links !== undefined && !isPlainObject(links)) fail(ctx, 'schema.type', '_links must be an object.', child(path, '_links'));
  if (embedded !== undefined && !isPlainObject(embedded)) fail(ctx, 'schema.type', '_embedded must be an object.', child(path, '_embedded'));
  const linkMap = isPlainObject(links) ? links : {};
  const self = hasOwn(linkMap, 'self') ? linkMap.self : undefined;
  const selfHref = isPlainObject(self) && typeof self.href === 'string' ? self.href : undefined;
  const selfInAttr = selfHref !== undefined && Object.keys(self as object).length === 1;
  checkResourceNames(ctx, v, where.key, selfInAttr && !where.putBody ? selfHref : undefined, path);

  const attrs: Attrs = [];
  if (where.key !== undefined) attrs.push(['rel', where.key]);
  else if (typeof v.rel === 'string' && !where.putBody) attrs.push(['rel', v.rel]);
  if (selfHref !== undefined && !where.putBody) attrs.push(['href', selfHref]);
  if (where.root) attrs.push(['xmlns', UCWA_NS]);
  attrs.push(...emptyListAttrs(v));
  ctx.w.open('resource', attrs, depth);

  for (const rel of Object.keys(linkMap)) {
    if (rel === 'self' && selfInAttr && !where.putBody) continue;
    writeLinks(ctx, rel, linkMap[rel], child(child(path, '_links'), rel), depth + 1);
  }
  if (hasOwn(v, 'rel')) {
    if (typeof v.rel === 'string') ctx.w.text('property', [['name', 'rel']], v.rel, depth + 1);
    else fail(ctx, 'schema.type', `rel must be a string, not ${describe(v.rel)}.`, child(path, 'rel'));
  }
  writeFields(ctx, v, plan, path, depth + 1, RESERVED);
  if (isPlainObject(embedded)) {
    for (const key of Object.keys(embedded)) {
      const entry = embedded[key];
      const p = child(child(path, '_embedded'), key);
      const items = Array.isArray(entry) ? entry : [entry];
      items.forEach((item, i) => {
        const ip = Array.isArray(entry) ? child(p, i) : p;
        if (!isPlainObject(item)) return fail(ctx, 'schema.type', `An embedded resource is an object, not ${describe(item)}.`, ip);
        const own = typeof item.rel === 'string' ? item.rel : undefined;
        writeResource(ctx, item, nestedPlan(ctx.planner, plan, key, own), { root: false, key }, ip, depth + 1);
      });
    }
  }
  ctx.w.close('resource', depth);
}

function nestedPlan(planner: Planner, parent: Plan | undefined, key: string, own: string | undefined): Plan | undefined {
  const type = parent?.embedded.get(key)?.type ?? (own !== undefined ? planner.typeForRel(own) : undefined) ?? planner.resolveType(key);
  return type ? planner.planFor(type) : undefined;
}

/** One `<link>` per link object (arrays repeat the element). */
function writeLinks(ctx: EncodeContext, rel: string, entry: unknown, path: string, depth: number): void {
  const items = Array.isArray(entry) ? entry : [entry];
  items.forEach((link, i) => {
    const p = Array.isArray(entry) ? child(path, i) : path;
    const attrs = linkAttrs(ctx, link, p, rel);
    if (attrs) ctx.w.empty('link', attrs, depth);
  });
}

/** Attributes of a link-like object: `rel` (given or its own) then every string field. */
function linkAttrs(ctx: EncodeContext, link: unknown, path: string, rel?: string): Attrs | undefined {
  if (!isPlainObject(link)) {
    fail(ctx, 'schema.type', `A link is an object with an href, not ${describe(link)}.`, path);
    return undefined;
  }
  const attrs: Attrs = [];
  if (rel !== undefined && !checkText(ctx, rel, path, 'The link rel')) return undefined;
  if (rel !== undefined) attrs.push(['rel', rel]);
  for (const key of Object.keys(link)) {
    const value = link[key];
    if (key === 'rel' && rel !== undefined) {
      fail(ctx, 'schema.type', 'A link under _links takes its rel from its key; it cannot carry its own.', child(path, key));
    } else if (typeof value !== 'string') {
      fail(ctx, 'schema.type', `The link field ${key} must be a string, not ${describe(value)}.`, child(path, key));
    } else if (!isAttributeName(key)) {
      fail(ctx, 'schema.type', `The link field name "${key}" cannot be written as an XML attribute.`, child(path, key));
    } else if (checkText(ctx, value, child(path, key))) attrs.push([key, value]);
  }
  return attrs;
}

/** Whether XML 1.0 can carry every character of `text`; if not, a `value.character` error at `path`. */
function checkText(ctx: EncodeContext, text: string, path: string, what = 'The text'): boolean {
  const at = firstNonXmlChar(text);
  if (at < 0) return true;
  fail(ctx, 'value.character', `${what} holds ${describeChar(text, at)}, a character XML 1.0 cannot carry (not even as a reference).`, path);
  return false;
}

/** The names and rels a resource writes as attribute values (its key, its rel, its self href) and its rel property. */
function checkResourceNames(ctx: EncodeContext, v: Record<string, unknown>, key: string | undefined, selfHref: string | undefined, path: string): void {
  if (key !== undefined) checkText(ctx, key, path, 'The embedded rel');
  if (typeof v.rel === 'string') checkText(ctx, v.rel, child(path, 'rel'), 'The rel');
  if (selfHref !== undefined) checkText(ctx, selfHref, child(child(child(path, '_links'), 'self'), 'href'));
}

/** A link field written as an attribute: an XML name without a colon, and not `xmlns` (which would declare a namespace). */
function isAttributeName(key: string): boolean {
  return NAME.test(key) && key !== 'xmlns';
}

// ------------------------------------------------------------------ properties

/** `<property>`/`<propertyList>` for every field of `v` not in `skip`. */
function writeFields(
  ctx: EncodeContext,
  v: Record<string, unknown>,
  plan: Plan | undefined,
  path: string,
  depth: number,
  skip?: ReadonlySet<string>,
): void {
  for (const name of Object.keys(v)) {
    if (skip?.has(name)) continue;
    const value = v[name];
    const p = child(path, name);
    if (!checkText(ctx, name, p, 'The property name')) continue;
    const shape = ctx.planner.propertyShape(plan, name);
    if (Array.isArray(value)) {
      if (!value.length) {
        ctx.w.empty('propertyList', [['name', name]], depth);
        continue;
      }
      ctx.w.open('propertyList', [['name', name]], depth);
      value.forEach((item, i) => writeValue(ctx, 'item', [], item, shape, child(p, i), depth + 1));
      ctx.w.close('propertyList', depth);
    } else writeValue(ctx, 'property', [['name', name]], value, shape, p, depth);
  }
}

function writeValue(
  ctx: EncodeContext,
  element: string,
  attrs: Attrs,
  value: unknown,
  shape: ValueShape | undefined,
  path: string,
  depth: number,
): void {
  if (value === null) return ctx.w.empty(element, [...attrs, ...NIL], depth);
  if (isPlainObject(value)) {
    if (!Object.keys(value).length) {
      const typed = typeAttrs(value, shape?.kind);
      return ctx.w.empty(element, typed.length ? [...attrs, ...typed] : attrs, depth);
    }
    ctx.w.open(element, attrs, depth);
    writeFields(ctx, value, shape?.type ? ctx.planner.planFor(shape.type) : undefined, path, depth + 1);
    return ctx.w.close(element, depth);
  }
  const text = scalarText(ctx, value, shape, path);
  if (text === undefined || !checkText(ctx, text, path)) return;
  const typed = typeAttrs(value, shape?.kind);
  ctx.w.text(element, typed.length ? [...attrs, ...typed] : attrs, text, depth);
}

function scalarText(ctx: EncodeContext, value: unknown, shape: ValueShape | undefined, path: string): string | undefined {
  switch (typeof value) {
    case 'string':
      if (shape?.kind === 'date') {
        // An ISO 8601 date (as clients send in JSON request bodies) is already that instant in XML's form: kept as written.
        const iso = ucwaToIso(value) ?? (isoToUcwa(value) !== undefined ? value : undefined);
        if (iso === undefined) fail(ctx, 'value.date', `Expected a date /Date(milliseconds)/ within years 0-9999 or an ISO 8601 date, found "${value}".`, path);
        return iso;
      }
      return value;
    case 'boolean':
      return value ? 'True' : 'False';
    case 'number':
      if (Number.isFinite(value)) return String(value);
      fail(ctx, 'value.integer', `${value} is not a number XML can carry.`, path);
      return undefined;
    default:
      fail(ctx, 'schema.type', `A property value is a string, number, boolean, list or object, not ${describe(value)}.`, path);
      return undefined;
  }
}

// ------------------------------------------------------------------ other bodies

function writeInput(ctx: EncodeContext, v: Record<string, unknown>, plan: Plan | undefined): void {
  ctx.w.open('input', [['xmlns', UCWA_NS], ...emptyListAttrs(v)], 0);
  const links = v._links;
  if (isPlainObject(links)) {
    for (const rel of Object.keys(links)) writeLinks(ctx, rel, links[rel], child('/_links', rel), 1);
  } else if (links !== undefined) fail(ctx, 'schema.type', '_links must be an object.', '/_links');
  writeFields(ctx, v, plan, '', 1, new Set(['_links']));
  ctx.w.close('input', 0);
}

function writeReason(ctx: EncodeContext, v: Record<string, unknown>, path: string, depth: number, root: boolean): void {
  ctx.w.open('reason', root ? [['xmlns', UCWA_NS]] : [], depth);
  for (const key of Object.keys(v)) {
    const value = v[key];
    const p = child(path, key);
    if (key === '_links') {
      if (isPlainObject(value)) for (const rel of Object.keys(value)) writeLinks(ctx, rel, value[rel], child(p, rel), depth + 1);
      else fail(ctx, 'schema.type', '_links must be an object.', p);
    } else if (!NAME.test(key) || key === 'link') {
      fail(ctx, 'schema.type', `The error field name "${key}" cannot be written as an XML element.`, p);
    } else if (value === null) ctx.w.empty(key, NIL, depth + 1);
    else if (isPlainObject(value)) {
      if (!Object.keys(value).length) ctx.w.empty(key, typeAttrs(value, undefined), depth + 1);
      else {
        ctx.w.open(key, [], depth + 1);
        writeFields(ctx, value, undefined, p, depth + 2);
        ctx.w.close(key, depth + 1);
      }
    } else {
      const text = scalarText(ctx, value, undefined, p);
      if (text !== undefined && checkText(ctx, text, p)) ctx.w.text(key, typeAttrs(value, undefined), text, depth + 1);
    }
  }
  ctx.w.close('reason', depth);
}

const EVENT_FIELDS = new Set(['link', 'in', 'type', 'status', '_embedded', 'reason']);

function writeEvents(ctx: EncodeContext, v: Record<string, unknown>): void {
  const links = isPlainObject(v._links) ? v._links : {};
  const self = links.self;
  const attrs: Attrs = [];
  const selfInAttr = isPlainObject(self) && typeof self.href === 'string' && Object.keys(self).length === 1;
  if (selfInAttr && checkText(ctx, (self as { href: string }).href, '/_links/self/href')) attrs.push(['href', (self as { href: string }).href]);
  attrs.push(['xmlns', UCWA_NS]);
  ctx.w.open('events', attrs, 0);
  for (const rel of Object.keys(links)) {
    if (rel === 'self' && selfInAttr) continue;
    writeLinks(ctx, rel, links[rel], child('/_links', rel), 1);
  }
  for (const key of Object.keys(v)) {
    if (key !== '_links' && key !== 'sender') fail(ctx, 'schema.unknown-property', `An event channel response has no field ${key}.`, child('', key));
  }
  const senders = Array.isArray(v.sender) ? v.sender : [];
  senders.forEach((sender, i) => writeSender(ctx, sender, child('/sender', i)));
  ctx.w.close('events', 0);
}

function writeSender(ctx: EncodeContext, sender: unknown, path: string): void {
  if (!isPlainObject(sender)) return fail(ctx, 'schema.type', `A sender is an object, not ${describe(sender)}.`, path);
  const { events, ...link } = sender;
  const attrs = linkAttrs(ctx, link, path) ?? [];
  if (!Array.isArray(events)) fail(ctx, 'schema.type', 'A sender needs an events array.', child(path, 'events'));
  const list = Array.isArray(events) ? events : [];
  if (!list.length) return ctx.w.empty('sender', attrs, 1);
  ctx.w.open('sender', attrs, 1);
  list.forEach((event, i) => writeEvent(ctx, event, child(child(path, 'events'), i)));
  ctx.w.close('sender', 1);
}

function writeEvent(ctx: EncodeContext, event: unknown, path: string): void {
  if (!isPlainObject(event)) return fail(ctx, 'schema.type', `An event is an object, not ${describe(event)}.`, path);
  const type = event.type;
  if (typeof type !== 'string' || !NAME.test(type) || ['in', 'resource', 'reason'].includes(type)) {
    return fail(ctx, 'schema.type', 'An event needs a type usable as an element name (added, updated, deleted, started, completed).', child(path, 'type'));
  }
  for (const key of Object.keys(event)) {
    if (!EVENT_FIELDS.has(key)) fail(ctx, 'schema.unknown-property', `An event has no field ${key}.`, child(path, key));
  }
  const attrs = [...(linkAttrs(ctx, event.link, child(path, 'link')) ?? []), ...eventStatus(ctx, event, path), ...emptyListAttrs(event)];
  const inLink = event.in;
  const embedded = event._embedded;
  const reason = event.reason;
  if (inLink === undefined && embedded === undefined && reason === undefined) return ctx.w.empty(type, attrs, 2);
  ctx.w.open(type, attrs, 2);
  if (inLink !== undefined) {
    const inAttrs = linkAttrs(ctx, inLink, child(path, 'in'));
    if (inAttrs) ctx.w.empty('in', inAttrs, 3);
  }
  if (isPlainObject(embedded)) {
    for (const key of Object.keys(embedded)) {
      const entry = embedded[key];
      const items = Array.isArray(entry) ? entry : [entry];
      items.forEach((item, i) => {
        const p = Array.isArray(entry) ? child(child(child(path, '_embedded'), key), i) : child(child(path, '_embedded'), key);
        if (!isPlainObject(item)) return fail(ctx, 'schema.type', `An embedded resource is an object, not ${describe(item)}.`, p);
        const own = typeof item.rel === 'string' ? item.rel : undefined;
        writeResource(ctx, item, nestedPlan(ctx.planner, undefined, key, own), { root: false, key }, p, 3);
      });
    }
  } else if (embedded !== undefined) fail(ctx, 'schema.type', '_embedded must be an object.', child(path, '_embedded'));
  if (isPlainObject(reason)) writeReason(ctx, reason, child(path, 'reason'), 3, false);
  else if (reason !== undefined) fail(ctx, 'schema.type', 'reason must be an error object.', child(path, 'reason'));
  ctx.w.close(type, 2);
}

/** The `status` attribute of a completed event; the event link's own attributes must leave the name free. */
function eventStatus(ctx: EncodeContext, event: Record<string, unknown>, path: string): Attrs {
  const link = event.link;
  if (isPlainObject(link) && hasOwn(link, 'status')) {
    fail(ctx, 'schema.type', "An event link cannot carry a field status: in XML the event element's status attribute is the event's own.", child(child(path, 'link'), 'status'));
  }
  if (!hasOwn(event, 'status')) return [];
  const status = event.status;
  if (typeof status !== 'string') {
    fail(ctx, 'schema.type', `An event status is a string (Success or Failure), not ${describe(status)}.`, child(path, 'status'));
    return [];
  }
  return checkText(ctx, status, child(path, 'status')) ? [['status', status]] : [];
}

function writeContract(
  ctx: EncodeContext,
  name: string,
  contract: Contract,
  value: unknown,
  path: string,
  depth: number,
  root = false,
): void {
  const attrs: Attrs = root ? [['xmlns:xsi', XSI_NS]] : [];
  if (value === null) return ctx.w.empty(name, [...attrs, ['xsi:nil', 'true']], depth);
  switch (contract.kind) {
    case 'text': {
      const text = scalarText(ctx, value, undefined, path);
      if (text !== undefined && checkText(ctx, text, path)) ctx.w.text(name, attrs, text, depth);
      return;
    }
    case 'list':
      if (!Array.isArray(value)) return fail(ctx, 'schema.type', `Expected a list, found ${describe(value)}.`, path);
      if (!value.length) return ctx.w.empty(name, attrs, depth);
      ctx.w.open(name, attrs, depth);
      value.forEach((item, i) => writeContract(ctx, contract.item, contract.of, item, child(path, i), depth + 1));
      return ctx.w.close(name, depth);
    case 'record': {
      if (!isPlainObject(value)) return fail(ctx, 'schema.type', `Expected an object, found ${describe(value)}.`, path);
      const keys = Object.keys(value);
      if (!keys.length) return ctx.w.empty(name, attrs, depth);
      ctx.w.open(name, attrs, depth);
      for (const key of keys) {
        const field = hasOwn(contract.fields, key) ? contract.fields[key] : undefined;
        if (field) writeContract(ctx, key, field, value[key], child(path, key), depth + 1);
        else fail(ctx, 'schema.unknown-property', `<${name}> has no field ${key}.`, child(path, key));
      }
      return ctx.w.close(name, depth);
    }
  }
}
