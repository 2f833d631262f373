/**
 * XML bodies other than resources: request bodies (`<input>`), error bodies
 * (`<reason>`), event channel responses (`<events>`) and the data-contract
 * bodies of contracts.ts.
 *
 * Event channel mapping (JSON <-> XML):
 *   `_links.self.href`          <-> `<events href>`
 *   `_links.next|resume|resync` <-> `<link rel href>` children
 *   `sender[i]`                 <-> `<sender rel href>`
 *   event `{ link, type }`      <-> `<TYPE rel href title?>` (element named for the type)
 *   event `status`              <-> `status` attribute of the event element (completed operations)
 *   event `in`                  <-> `<in rel href title?>` child of the event element
 *   event `_embedded[key]`      <-> `<resource rel="key">` child
 *   event `reason`              <-> `<reason>` child (an error body)
 *   empty lists                 <-> the codec's `empty` attribute (empty.ts), on `<input>` and events too
 */
import { setOwn } from '../codec/safe.js';
import type { Plan } from '../schema/plan.js';
import {
  attr, attrPos, checkAttrs, checkNoText, child, eachChild, isForeignAttr, isNil, mark, report, unexpected, type DecodeContext,
} from './context.js';
import type { Contract } from './contracts.js';
import { decodeResource, Embedded, linkValue, nestedPlan, propertyRel } from './decode-resource.js';
import { decodeFields, kindOf, scalar } from './decode-values.js';
import { addEmptyLists } from './empty.js';
import type { XElement } from './scan.js';

/** Links of a non-resource body: always single unless repeated. */
function addLinks(ctx: DecodeContext, links: XElement[], path: string, target: Record<string, unknown>, plan?: Plan): void {
  const groups = new Map<string, Array<{ value: Record<string, unknown>; el: XElement }>>();
  for (const c of links) {
    const rel = attr(c, 'rel');
    if (rel === undefined) {
      report(ctx, 'xml.unexpected-element', '<link> needs a rel attribute.', path, c.pos);
      continue;
    }
    let g = groups.get(rel);
    if (!g) groups.set(rel, (g = []));
    g.push({ value: linkValue(ctx, c, path), el: c });
  }
  for (const [rel, g] of groups) {
    const array = g.length > 1 || plan?.links.get(rel) === 'array';
    const p = child(path, rel);
    g.forEach((item, i) => mark(ctx, array ? child(p, i) : p, item.el.pos));
    setOwn(target, rel, array ? g.map((x) => x.value) : g[0]!.value);
  }
}

/** `<input>`: properties and property lists (typed by the request plan), and the links JSON requests may carry. */
export function decodeInput(ctx: DecodeContext, el: XElement, plan: Plan | undefined): Record<string, unknown> {
  checkAttrs(ctx, el, [], '');
  const out: Record<string, unknown> = {};
  const links: XElement[] = [];
  decodeFields(ctx, el, plan, '', out, (c) => c.local === 'link' && links.push(c) > 0);
  checkNoText(ctx, el, '');
  if (links.length) {
    const target: Record<string, unknown> = {};
    addLinks(ctx, links, '/_links', target, plan);
    out._links = target;
  }
  addEmptyLists(ctx, el, out, '');
  return out;
}

const BAGS = new Set(['parameters', 'debugInfo']);

/** `<reason>`: leaf elements are strings, `parameters`/`debugInfo` (and any element with children) property bags. */
export function decodeReason(ctx: DecodeContext, el: XElement, plan: Plan | undefined, path: string): Record<string, unknown> {
  checkAttrs(ctx, el, [], path);
  const out: Record<string, unknown> = {};
  const links: XElement[] = [];
  eachChild(ctx, el, (c) => {
    if (c.local === 'link') {
      links.push(c);
      return;
    }
    const p = child(path, c.local);
    checkAttrs(ctx, c, [], p);
    mark(ctx, p, c.pos);
    let value: unknown;
    const kind = isNil(c) ? undefined : kindOf(ctx, c, BAGS.has(c.local) ? 'object' : undefined, p);
    if (kind === undefined) value = null;
    else if (c.children.length || kind === 'object') {
      checkNoText(ctx, c, p);
      const bag: Record<string, unknown> = {};
      const shape = ctx.planner.propertyShape(plan, c.local);
      decodeFields(ctx, c, shape?.type ? ctx.planner.planFor(shape.type) : undefined, p, bag);
      value = bag;
    } else value = scalar(ctx, c.text, kind, p, c.pos);
    setOwn(out, c.local, value);
  });
  checkNoText(ctx, el, path);
  if (links.length) {
    const target: Record<string, unknown> = {};
    addLinks(ctx, links, child(path, '_links'), target);
    out._links = target;
  }
  return out;
}

export function decodeEvents(ctx: DecodeContext, el: XElement): Record<string, unknown> {
  checkAttrs(ctx, el, ['href'], '');
  const out: Record<string, unknown> = {};
  const links: Record<string, unknown> = {};
  const href = attr(el, 'href');
  if (href !== undefined) {
    links.self = { href };
    mark(ctx, '/_links/self', el.pos);
    mark(ctx, '/_links/self/href', attrPos(el, 'href'));
  }
  const linkEls: XElement[] = [];
  const senders: unknown[] = [];
  // Each <sender> is decoded as soon as it closes and its elements let go.
  eachChild(ctx, el, (c) => {
    if (c.local === 'link') linkEls.push(c);
    else if (c.local === 'sender') senders.push(decodeSender(ctx, c, child('/sender', senders.length)));
    else unexpected(ctx, c, el, '');
  });
  checkNoText(ctx, el, '');
  addLinks(ctx, linkEls, '/_links', links);
  if (Object.keys(links).length) out._links = links;
  if (senders.length) out.sender = senders;
  return out;
}

/**
 * All unprefixed attributes but `except`, `rel` first: the shape of a sender,
 * an event link (whose element also carries the event's `status`) and an `in` link.
 */
function relLink(ctx: DecodeContext, el: XElement, path: string, except?: string): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  const rel = attr(el, 'rel');
  if (rel !== undefined) value.rel = rel;
  const own = (name: string) => !isForeignAttr(name) && name !== except;
  for (const a of el.attrs) if (own(a.name) && a.name !== 'rel') setOwn(value, a.name, a.value);
  for (const a of el.attrs) if (own(a.name)) mark(ctx, child(path, a.name), a.pos);
  return value;
}

function decodeSender(ctx: DecodeContext, el: XElement, path: string): Record<string, unknown> {
  checkNoText(ctx, el, path);
  mark(ctx, path, el.pos);
  const sender = relLink(ctx, el, path);
  const events: unknown[] = [];
  const eventsPath = child(path, 'events');
  for (const c of el.children) events.push(decodeEvent(ctx, c, child(eventsPath, events.length)));
  sender.events = events;
  return sender;
}

function decodeEvent(ctx: DecodeContext, el: XElement, path: string): Record<string, unknown> {
  checkNoText(ctx, el, path);
  mark(ctx, path, el.pos);
  const event: Record<string, unknown> = { link: relLink(ctx, el, child(path, 'link'), 'status') };
  const status = attr(el, 'status');
  if (status !== undefined) {
    event.status = status;
    mark(ctx, child(path, 'status'), attrPos(el, 'status'));
  }
  const embedded = new Embedded(ctx, undefined, child(path, '_embedded'));
  for (const c of el.children) {
    if (c.local === 'in') {
      checkNoText(ctx, c, path);
      mark(ctx, child(path, 'in'), c.pos);
      event.in = relLink(ctx, c, child(path, 'in'));
    } else if (c.local === 'reason') {
      mark(ctx, child(path, 'reason'), c.pos);
      event.reason = decodeReason(ctx, c, undefined, child(path, 'reason'));
    } else if (c.local === 'resource') {
      const key = attr(c, 'rel');
      if (key === undefined) report(ctx, 'xml.unexpected-element', 'An embedded <resource> needs a rel attribute.', path, c.pos);
      else embedded.add(c, key, (p) => decodeResource(ctx, c, nestedPlan(ctx, undefined, key, propertyRel(c)?.text), p, false));
    } else unexpected(ctx, c, el, path);
  }
  if (embedded.size) event._embedded = embedded.value();
  addEmptyLists(ctx, el, event, path);
  event.type = el.local;
  return event;
}

/** A data-contract body read after its contract. */
export function decodeContract(ctx: DecodeContext, el: XElement, contract: Contract, path: string): unknown {
  mark(ctx, path, el.pos);
  if (isNil(el)) return null;
  switch (contract.kind) {
    case 'text':
      if (el.children.length) unexpected(ctx, el.children[0]!, el, path);
      return el.text;
    case 'list': {
      const items: unknown[] = [];
      eachChild(ctx, el, (c) => {
        if (c.local === contract.item) items.push(decodeContract(ctx, c, contract.of, child(path, items.length)));
        else unexpected(ctx, c, el, path);
      });
      checkNoText(ctx, el, path);
      return items;
    }
    case 'record': {
      const out: Record<string, unknown> = {};
      eachChild(ctx, el, (c) => {
        const field = Object.prototype.hasOwnProperty.call(contract.fields, c.local) ? contract.fields[c.local] : undefined;
        if (field) setOwn(out, c.local, decodeContract(ctx, c, field, child(path, c.local)));
        else unexpected(ctx, c, el, path);
      });
      checkNoText(ctx, el, path);
      return out;
    }
  }
}

