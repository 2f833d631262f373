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
 */
import { setOwn } from '../codec/safe.js';
import type { Plan } from '../schema/plan.js';
import {
  attr, attrPos, checkAttrs, checkNoText, child, isForeignAttr, mark, report, type DecodeContext,
} from './context.js';
import { decodeFields } from './decode-values.js';
import type { XElement } from './scan.js';

interface Gathered {
  items: Array<{ value: Record<string, unknown>; el: XElement }>;
}

/** Plan for a resource element, from the parent's plan or its own rel. */
export function nestedPlan(ctx: DecodeContext, parent: Plan | undefined, key: string, ownRel: string | undefined): Plan | undefined {
  const { planner } = ctx;
  const type = parent?.embedded.get(key)?.type ?? (ownRel !== undefined ? planner.typeForRel(ownRel) : undefined) ?? planner.resolveType(key);
  return type ? planner.planFor(type) : undefined;
}

/** Text of the `<property name="rel">` child, if any. */
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
  checkNoText(ctx, el, path);
  checkAttrs(ctx, el, ['rel', 'href'], path);
  const out: Record<string, unknown> = {};
  const relAttr = attr(el, 'rel');
  const href = attr(el, 'href');
  const relProp = propertyRel(el);
  if (root && relAttr !== undefined) {
    out.rel = relAttr;
    mark(ctx, child(path, 'rel'), attrPos(el, 'rel'));
  } else if (relProp) {
    out.rel = relProp.text;
    mark(ctx, child(path, 'rel'), relProp.pos);
  }

  const links = new Map<string, Gathered>();
  const embedded = new Map<string, Gathered>();
  const counts = embeddedCounts(el);
  const embPath = child(path, '_embedded');
  const gather = (into: Map<string, Gathered>, key: string, value: Record<string, unknown>, c: XElement): number => {
    let g = into.get(key);
    if (!g) into.set(key, (g = { items: [] }));
    return g.items.push({ value, el: c }) - 1;
  };
  const other = (c: XElement): boolean => {
    if (c.local === 'link') {
      const rel = attr(c, 'rel');
      if (rel === undefined) report(ctx, 'xml.unexpected-element', '<link> needs a rel attribute.', path, c.pos);
      else gather(links, rel, linkValue(ctx, c, path), c);
      return true;
    }
    if (c.local === 'resource') {
      const key = attr(c, 'rel');
      if (key === undefined) {
        report(ctx, 'xml.unexpected-element', 'A nested <resource> needs a rel attribute.', path, c.pos);
        return true;
      }
      const index = embedded.get(key)?.items.length ?? 0;
      const p = embeddedArray(plan, key, counts.get(key) ?? 1) ? child(child(embPath, key), index) : child(embPath, key);
      mark(ctx, p, c.pos);
      const nested = nestedPlan(ctx, plan, key, propertyRel(c)?.text);
      gather(embedded, key, decodeResource(ctx, c, nested, p, false), c);
      return true;
    }
    return false;
  };
  decodeFields(ctx, el, plan, path, out, other, true);

  const selfFromAttr = href !== undefined && !links.has('self');
  if (selfFromAttr || links.size) {
    const target: Record<string, unknown> = {};
    const linksPath = child(path, '_links');
    if (selfFromAttr) {
      target.self = { href };
      mark(ctx, child(linksPath, 'self'), el.pos);
      mark(ctx, child(child(linksPath, 'self'), 'href'), attrPos(el, 'href'));
    }
    for (const [rel, g] of links) {
      const array = plan?.links.get(rel) === 'array' || g.items.length > 1;
      const p = child(linksPath, rel);
      if (ctx.loc) g.items.forEach((item, i) => markLink(ctx, item.el, array ? child(p, i) : p));
      setOwn(target, rel, array ? g.items.map((i) => i.value) : g.items[0]!.value);
    }
    out._links = target;
  }
  if (embedded.size) {
    const target: Record<string, unknown> = {};
    for (const [key, g] of embedded) {
      const array = embeddedArray(plan, key, g.items.length);
      setOwn(target, key, array ? g.items.map((i) => i.value) : g.items[0]!.value);
    }
    out._embedded = target;
  }
  return out;
}

function embeddedArray(plan: Plan | undefined, key: string, count: number): boolean {
  return count > 1 || plan?.embedded.get(key)?.array === true;
}

/** Number of nested resources per key (their JSON pointers depend on it). */
function embeddedCounts(el: XElement): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of el.children) {
    if (c.local !== 'resource') continue;
    const key = attr(c, 'rel');
    if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
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
