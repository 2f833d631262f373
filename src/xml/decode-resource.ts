/**
 * `<resource rel href>` -> `{ rel, ...properties, _links, _embedded }`.
 *
 * - The root's `rel`/`href` attributes are its rel and self link; a root
 *   without them (a PUT body) takes its rel from `<property name="rel">`.
 * - A nested `<resource>`'s `rel` attribute is its key under `_embedded`;
 *   its own rel is its `<property name="rel">` (absent -> no `rel`).
 * - `<link rel="self">` overrides the self link built from `href` (it is
 *   how a self link with a title or revision is written).
 * - Links and embedded entries are arrays or single objects as the plan
 *   says; unknown ones are single when they occur once, arrays otherwise.
 * - Empty lists come back from the codec's `empty` attribute (empty.ts).
 */
import { setOwn } from '../codec/safe.js';
import type { Plan } from '../schema/plan.js';
import {
  attr, attrPos, checkAttrs, checkNoText, child, holdChildren, isForeignAttr, mark, repath, report, spanEnd, spanStart, streamedChildren, unexpected,
  type DecodeContext, type Span,
} from './context.js';
import { decodeField, type ResourceFields } from './decode-values.js';
import { addEmptyLists } from './empty.js';
import type { XElement } from './scan.js';

/** Plan for a resource element, from the parent's plan or its own rel. */
export function nestedPlan(ctx: DecodeContext, parent: Plan | undefined, key: string, ownRel: string | undefined): Plan | undefined {
  const { planner } = ctx;
  const type = parent?.embedded.get(key)?.type ?? (ownRel !== undefined ? planner.typeForRel(ownRel) : undefined) ?? planner.resolveType(key);
  return type ? planner.planFor(type) : undefined;
}

/** The `<property name="rel">` child, if any (of an element whose children are in hand). */
export function propertyRel(el: XElement): XElement | undefined {
  for (const c of el.children) if (c.local === 'property' && attr(c, 'name') === 'rel') return c;
  return undefined;
}

export function decodeResource(
  ctx: DecodeContext,
  el: XElement,
  plan: Plan | undefined,
  path: string,
  root: boolean,
): Record<string, unknown> {
  const out = resourceStart(ctx, el, path, root);
  // One loop with a direct call per nested resource, and the work before and
  // after it in helpers: a resource nested as deep as maxDepth costs one small frame per level.
  const found: Found = { fields: { relList: false } };
  const scanner = streamedChildren(ctx, el);
  for (let k = 0; ; k++) {
    const c = scanner ? scanner.next() : el.children[k];
    if (!c) break;
    if (decodeField(ctx, c, plan, path, out, found.fields)) continue;
    if (c.local !== 'resource') otherChild(ctx, c, el, path, found);
    else {
      const key = attr(c, 'rel');
      if (key === undefined) report(ctx, 'xml.unexpected-element', 'A nested <resource> needs a rel attribute.', path, c.pos);
      else {
        const embedded = (found.embedded ??= new Embedded(ctx, plan, child(path, '_embedded')));
        const at = embedded.open(c, key);
        embedded.close(key, decodeResource(ctx, c, nestedPlan(ctx, plan, key, propertyRel(c)?.text), at, false));
      }
    }
  }
  resourceEnd(ctx, el, plan, path, out, found);
  return out;
}

/**
 * What the loop over a resource's children gathers besides its fields.
 * Links keep their element only when locations are wanted (marked once their
 * cardinality is known); links and embedded entries are made on first use:
 * most resources of a large document have neither.
 */
interface Found {
  fields: ResourceFields;
  links?: LinkList;
  embedded?: Embedded;
}

/** Links in document order; grouped by rel only at the end (most resources repeat none). */
interface LinkList {
  rels: string[];
  values: Array<Record<string, unknown>>;
  /** Elements, kept only when locations are wanted. */
  els: XElement[] | null;
}

/** Links counts up to this are grouped pairwise; above it, with a Map (linear). */
const FEW_LINKS = 8;

/**
 * Indices of the links of each rel, rels in order of first occurrence.
 * Pairwise for a handful of links (no Map to build), by a Map beyond.
 */
function groupLinks(rels: readonly string[]): number[][] {
  if (rels.length > FEW_LINKS) {
    const groups = new Map<string, number[]>();
    rels.forEach((rel, i) => {
      const g = groups.get(rel);
      if (g) g.push(i);
      else groups.set(rel, [i]);
    });
    return [...groups.values()];
  }
  const out: number[][] = [];
  outer: for (let i = 0; i < rels.length; i++) {
    for (const g of out) {
      if (rels[g[0]!] === rels[i]) {
        g.push(i);
        continue outer;
      }
    }
    out.push([i]);
  }
  return out;
}

/** The resource's value with its rel (first in the value), from its attribute or its `<property name="rel">`. */
function resourceStart(ctx: DecodeContext, el: XElement, path: string, root: boolean): Record<string, unknown> {
  checkAttrs(ctx, el, ['rel', 'href'], path);
  const out: Record<string, unknown> = {};
  const relAttr = attr(el, 'rel');
  if (root && relAttr !== undefined) {
    out.rel = relAttr;
    mark(ctx, child(path, 'rel'), attrPos(el, 'rel'));
  } else {
    // A root without rel attribute (a small PUT body) is read whole to find it.
    if (el === ctx.root) holdChildren(ctx);
    const relProp = propertyRel(el);
    if (relProp) {
      out.rel = relProp.text;
      mark(ctx, child(path, 'rel'), relProp.pos);
    }
  }
  return out;
}

/** A child that is neither a field nor a nested resource: a link, or unexpected. */
function otherChild(ctx: DecodeContext, c: XElement, el: XElement, path: string, found: Found): void {
  if (c.local !== 'link') return unexpected(ctx, c, el, path);
  const rel = attr(c, 'rel');
  if (rel === undefined) return report(ctx, 'xml.unexpected-element', '<link> needs a rel attribute.', path, c.pos);
  const links = found.links;
  const value = linkValue(ctx, c, path);
  if (!links) found.links = { rels: [rel], values: [value], els: ctx.loc ? [c] : null };
  else {
    links.rels.push(rel);
    links.values.push(value);
    links.els?.push(c);
  }
}

/** `_links` (the self link from `href` unless a `<link rel="self">` says more), `_embedded` and the empty lists. */
function resourceEnd(ctx: DecodeContext, el: XElement, plan: Plan | undefined, path: string, out: Record<string, unknown>, found: Found): void {
  checkNoText(ctx, el, path);
  const { links, embedded } = found;
  const href = attr(el, 'href');
  const selfFromAttr = href !== undefined && !links?.rels.includes('self');
  if (selfFromAttr || links) {
    const target: Record<string, unknown> = {};
    const linksPath = child(path, '_links');
    if (selfFromAttr) {
      target.self = { href };
      mark(ctx, child(linksPath, 'self'), el.pos);
      mark(ctx, child(child(linksPath, 'self'), 'href'), attrPos(el, 'href'));
    }
    if (links) for (const g of groupLinks(links.rels)) {
      const rel = links.rels[g[0]!]!;
      const array = g.length > 1 || plan?.links.get(rel) === 'array';
      const p = child(linksPath, rel);
      const els = links.els;
      if (els) g.forEach((k, i) => markLink(ctx, els[k]!, array ? child(p, i) : p));
      setOwn(target, rel, array ? g.map((k) => links.values[k]) : links.values[g[0]!]);
    }
    out._links = target;
  }
  if (embedded) out._embedded = embedded.value();
  addEmptyLists(ctx, el, out, path);
}

/**
 * Embedded resources gathered by key as they are decoded. A key is a list
 * when the plan says so or when it occurs twice; the first entry of a key
 * seen twice is then moved from `/_embedded/key` to `/_embedded/key/0`.
 */
export class Embedded {
  /** Made at the first entry: most events and resources embed nothing. */
  private groups: Map<string, { values: unknown[]; first: Span }> | undefined;
  constructor(private readonly ctx: DecodeContext, private readonly plan: Plan | undefined, private readonly path: string) {}

  /** Where the locations and errors of the entry being decoded start (open ... close bracket one entry). */
  private span: Span | undefined;

  /** Starts the entry of `el` under `key`, and returns its path. */
  open(el: XElement, key: string): string {
    const ctx = this.ctx;
    const g = this.groups?.get(key);
    const index = g ? g.values.length : 0;
    const keyPath = child(this.path, key);
    const listed = this.plan?.embedded.get(key)?.array === true;
    if (g && index === 1 && !listed) repath(ctx, g.first, keyPath, child(keyPath, 0));
    const path = listed || g ? child(keyPath, index) : keyPath;
    this.span = spanStart(ctx);
    mark(ctx, path, el.pos);
    return path;
  }

  /** Ends the entry `open` started, with its decoded value. */
  close(key: string, value: unknown): void {
    const span = this.span!;
    spanEnd(this.ctx, span);
    const groups = (this.groups ??= new Map());
    const g = groups.get(key);
    if (g) g.values.push(value);
    else groups.set(key, { values: [value], first: span });
  }

  add(el: XElement, key: string, decode: (path: string) => unknown): void {
    const path = this.open(el, key);
    this.close(key, decode(path));
  }

  get size(): number {
    return this.groups ? this.groups.size : 0;
  }

  value(): Record<string, unknown> {
    const target: Record<string, unknown> = {};
    if (this.groups) for (const [key, g] of this.groups) {
      const array = g.values.length > 1 || this.plan?.embedded.get(key)?.array === true;
      setOwn(target, key, array ? g.values : g.values[0]);
    }
    return target;
  }
}

function markLink(ctx: DecodeContext, el: XElement, path: string): void {
  mark(ctx, path, el.pos);
  for (const a of el.attrs) if (a.name !== 'rel' && !isForeignAttr(a.name)) mark(ctx, child(path, a.name), a.pos);
}

/** `<link rel href title revision ...>` -> `{ href, title, revision, ... }` (all attributes but rel). */
export function linkValue(ctx: DecodeContext, el: XElement, path: string): Record<string, unknown> {
  checkNoText(ctx, el, path);
  if (el.children.length) report(ctx, 'xml.unexpected-element', '<link> must be empty.', path, el.children[0]!.pos);
  const value: Record<string, unknown> = {};
  for (const a of el.attrs) {
    if (a.name !== 'rel' && !isForeignAttr(a.name)) setOwn(value, a.name, a.value);
  }
  return value;
}
