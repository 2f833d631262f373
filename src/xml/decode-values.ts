/**
 * Property values: `<property name>` text typed by the plan,
 * `<propertyList name><item>` lists, and property bags (a `<property>` or
 * `<item>` holding `<property>`/`<propertyList>` children).
 */
import { isoToUcwa, isUcwaXmlDate } from '../codec/dates.js';
import { hasOwn, setOwn } from '../codec/safe.js';
import type { Plan, ValueKind, ValueShape } from '../schema/plan.js';
import {
  attr, checkAttrs, checkNoText, child, isNil, mark, report, streamedChildren, unexpected, type DecodeContext,
} from './context.js';
import type { XElement } from './scan.js';
import { recordedType } from './typed.js';

const INTEGER = /^\s*[+-]?\d+\s*$/;

/** Typed value of a text, reporting (and keeping the text) when it does not fit the kind. */
export function scalar(ctx: DecodeContext, text: string, kind: ValueKind, path: string, pos: number): unknown {
  switch (kind) {
    case 'boolean': {
      const t = text.trim().toLowerCase();
      if (t === 'true') return true;
      if (t === 'false') return false;
      report(ctx, 'value.boolean', `Expected True or False, found "${text}".`, path, pos);
      return text;
    }
    case 'integer': {
      const n = Number(text);
      if (INTEGER.test(text) && Number.isSafeInteger(n)) return n;
      report(ctx, 'value.integer', `Expected a whole number, found "${text}".`, path, pos);
      return text;
    }
    case 'number': {
      const n = Number(text);
      if (text.trim() !== '' && Number.isFinite(n)) return n;
      report(ctx, 'value.integer', `Expected a number, found "${text}".`, path, pos);
      return text;
    }
    case 'date': {
      const d = isoToUcwa(text);
      // A request body keeps a date in another ISO form as written (see codec/dates.ts).
      if (d !== undefined) return ctx.keepIsoDates && !isUcwaXmlDate(text) ? text : d;
      report(ctx, 'value.date', `Expected an ISO 8601 date and time, found "${text}".`, path, pos);
      return text;
    }
    default:
      return text;
  }
}

/** Value of a `<property>` or `<item>` element. */
export function elementValue(ctx: DecodeContext, el: XElement, shape: ValueShape | undefined, path: string): unknown {
  if (isNil(el)) return null;
  const kind = kindOf(ctx, el, shape?.kind, path);
  if (el.children.length || kind === 'object') {
    checkNoText(ctx, el, path);
    const out: Record<string, unknown> = {};
    const sub = shape?.type ? ctx.planner.planFor(shape.type) : undefined;
    decodeFields(ctx, el, sub, path, out);
    return out;
  }
  return scalar(ctx, el.text, kind, path, el.pos);
}

/** The kind to read an element's text as: the type the encoder recorded (typed.ts), else the model's. */
export function kindOf(ctx: DecodeContext, el: XElement, kind: ValueKind | undefined, path: string): ValueKind {
  const recorded = el.attrs.length ? recordedType(el) : undefined;
  if (recorded === 'invalid') report(ctx, 'xml.unexpected-element', `<${el.local}> records a type other than boolean, number or object.`, path, el.pos);
  else if (recorded) return recorded;
  return kind ?? 'string';
}

/**
 * Decodes the `<property>`/`<propertyList>` children of `el` into `out`.
 * Other children are left to `other` (links), or reported.
 */
export function decodeFields(
  ctx: DecodeContext,
  el: XElement,
  plan: Plan | undefined,
  path: string,
  out: Record<string, unknown>,
  other?: (c: XElement) => boolean,
): void {
  // A plain loop, not eachChild's callback: property bags nest as deep as maxDepth, and each frame counts.
  const scanner = streamedChildren(ctx, el);
  for (let k = 0; ; k++) {
    const c = scanner ? scanner.next() : el.children[k];
    if (!c) break;
    if (!decodeField(ctx, c, plan, path, out) && !other?.(c)) unexpected(ctx, c, el, path);
  }
}

/** What a resource's decoder tracks across its fields: whether a property list named rel was read. */
export interface ResourceFields {
  relList: boolean;
}

/**
 * Decodes `c` into `out` when it is a `<property>` or `<propertyList>`
 * (true), else leaves it to the caller (false). Duplicates are found in
 * `out` itself (no set per element). In a resource (`resource` given), the
 * `<property name="rel">` is its own rel, read apart, so only a list named
 * rel is tracked.
 */
export function decodeField(ctx: DecodeContext, c: XElement, plan: Plan | undefined, path: string, out: Record<string, unknown>, resource?: ResourceFields): boolean {
  const isList = c.local === 'propertyList';
  if (!isList && c.local !== 'property') return false;
  const name = attr(c, 'name');
  checkAttrs(ctx, c, ['name'], path);
  if (name === undefined) {
    report(ctx, 'xml.unexpected-element', `<${c.local}> needs a name attribute.`, path, c.pos);
    return true;
  }
  const relOfResource = resource !== undefined && name === 'rel';
  if (relOfResource && !isList) return true; // the resource decoder reads it
  const p = child(path, name);
  if (relOfResource ? resource.relList : hasOwn(out, name)) {
    report(ctx, 'xml.unexpected-element', `The property ${name} appears twice.`, p, c.pos);
    return true;
  }
  if (relOfResource) resource.relList = true;
  const shape = ctx.planner.propertyShape(plan, name);
  mark(ctx, p, c.pos);
  setOwn(out, name, isList ? listValue(ctx, c, shape, p) : elementValue(ctx, c, shape, p));
  return true;
}

function listValue(ctx: DecodeContext, el: XElement, shape: ValueShape | undefined, path: string): unknown[] {
  checkNoText(ctx, el, path);
  const items: unknown[] = [];
  for (const c of el.children) {
    if (c.local !== 'item') {
      unexpected(ctx, c, el, path);
      continue;
    }
    checkAttrs(ctx, c, [], path);
    const p = child(path, items.length);
    mark(ctx, p, c.pos);
    items.push(elementValue(ctx, c, shape, p));
  }
  return items;
}
