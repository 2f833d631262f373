/** State shared by the XML decoders of every body form. */
import { diagnostic, pushBounded, type Diagnostic, type DiagnosticCode } from '../diagnostic.js';
import type { Inference } from '../schema/infer.js';
import type { Planner } from '../schema/plan.js';
import type { Positions } from '../codec/positions.js';
import { XSI_NS } from './contracts.js';
import type { Scanner, XElement } from './scan.js';
import { escapePointer } from '../codec/pointer.js';

export interface DecodeContext {
  planner: Planner;
  positions: Positions;
  /** Value errors collected along the way (all reported together). */
  errors: Diagnostic[];
  /** JSON pointers and document offsets, in order, when the caller asked for locations. */
  loc: { paths: string[]; offsets: number[] } | null;
  /** The root element, whose children come from `scanner` as they close (null once they are all in `root.children`). */
  root: XElement;
  scanner: Scanner | null;
  /** Set when the root named no type and its names were matched against the model's. */
  inference?: Inference;
  /** In a request body: dates in an ISO form other than UCWA's are kept as written (codec/dates.ts). */
  keepIsoDates?: boolean;
}

/**
 * Calls `fn` for each child of `el`. The root's children are read from the
 * scanner one at a time, each decoded before the next is scanned, so only
 * one subtree of a large document is held at once.
 */
export function eachChild(ctx: DecodeContext, el: XElement, fn: (c: XElement) => void): void {
  const scanner = streamedChildren(ctx, el);
  if (scanner) {
    for (let c = scanner.next(); c; c = scanner.next()) fn(c);
  } else {
    for (const c of el.children) fn(c);
  }
}

/**
 * The scanner to read `el`'s children from when `el` is the root whose
 * children come as they close (the caller then reads them all), else null
 * (they are in `el.children`). For loops that recurse: no callback frame.
 */
export function streamedChildren(ctx: DecodeContext, el: XElement): Scanner | null {
  const scanner = ctx.scanner;
  if (!scanner || el !== ctx.root) return null;
  ctx.scanner = null;
  return scanner;
}

/** Reads all of the root's children into `root.children`, for the one body that must look ahead (a root without rel). */
export function holdChildren(ctx: DecodeContext): void {
  const scanner = ctx.scanner;
  if (!scanner) return;
  const children: XElement[] = [];
  for (let c = scanner.next(); c; c = scanner.next()) children.push(c);
  if (children.length) ctx.root.children = children;
  ctx.scanner = null;
}

/** Where the locations and errors of a node being decoded start, to move them under another path later. */
export interface Span {
  loc: number;
  errors: number;
  end?: { loc: number; errors: number };
}

export function spanStart(ctx: DecodeContext): Span {
  return { loc: ctx.loc ? ctx.loc.paths.length : 0, errors: ctx.errors.length };
}

export function spanEnd(ctx: DecodeContext, m: Span): void {
  m.end = { loc: ctx.loc ? ctx.loc.paths.length : 0, errors: ctx.errors.length };
}

/**
 * Moves what a finished node recorded from `from` to `to` (`/_embedded/x`
 * -> `/_embedded/x/0` when a second `x` shows that the key is a list: the
 * pointer of the first is only known once the second is read).
 */
export function repath(ctx: DecodeContext, m: Span, from: string, to: string): void {
  if (!pointers || !m.end) return;
  const move = (path: string): string =>
    path === from || path.startsWith(from + '/') ? to + path.slice(from.length) : path;
  if (ctx.loc) {
    const paths = ctx.loc.paths;
    for (let k = m.loc; k < m.end.loc; k++) paths[k] = move(paths[k]!);
  }
  for (let k = m.errors; k < m.end.errors; k++) {
    const d = ctx.errors[k]!;
    ctx.errors[k] = { ...d, path: move(d.path) };
  }
}

/**
 * Whether paths are built. The first decode of a document that asked for no
 * locations runs without them (a 1 MB event channel would build ~100,000
 * pointer strings for nothing); if it finds errors, the document is decoded
 * again with paths on, so every error still names its path.
 */
let pointers = true;

export function withoutPointers<T>(fn: () => T): T {
  const previous = pointers;
  pointers = false;
  try {
    return fn();
  } finally {
    pointers = previous;
  }
}

/** Appends a JSON pointer segment ('' while paths are off). */
export function child(path: string, key: string | number): string {
  if (!pointers) return '';
  return typeof key === 'number' ? `${path}/${key}` : `${path}/${escapePointer(key)}`;
}

export function report(ctx: DecodeContext, code: DiagnosticCode, message: string, path: string, offset: number): void {
  pushBounded(ctx.errors, diagnostic(code, message, { path, ...ctx.positions.at(offset) }));
}

export function mark(ctx: DecodeContext, path: string, offset: number): void {
  const loc = ctx.loc;
  if (loc) {
    loc.paths.push(path);
    loc.offsets.push(offset);
  }
}

export function attr(el: XElement, name: string): string | undefined {
  for (const a of el.attrs) if (a.name === name) return a.value;
  return undefined;
}

export function attrPos(el: XElement, name: string): number {
  for (const a of el.attrs) if (a.name === name) return a.pos;
  return el.pos;
}

/** `xsi:nil="true"` or `"1"` (an xs:boolean), under any prefix bound to the XML Schema instance namespace. */
export function isNil(el: XElement): boolean {
  for (const a of el.attrs) {
    if (a.ns === XSI_NS && a.name.endsWith(':nil') && /^[ \t\n\r]*(?:true|1)[ \t\n\r]*$/.test(a.value)) return true;
  }
  return false;
}

/** Attributes the codec never maps: namespace declarations and other prefixed names. */
export function isForeignAttr(name: string): boolean {
  return name === 'xmlns' || name.indexOf(':') >= 0;
}

export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** A container element may hold only white space besides its child elements. */
export function checkNoText(ctx: DecodeContext, el: XElement, path: string): void {
  if (el.text && !isBlank(el.text)) {
    report(ctx, 'xml.unexpected-element', `<${el.local}> holds text; only child elements are expected.`, path, el.pos);
  }
}

export function unexpected(ctx: DecodeContext, el: XElement, parent: XElement, path: string): void {
  report(ctx, 'xml.unexpected-element', `<${el.local}> is not expected inside <${parent.local}>.`, path, el.pos);
}

/** Reports unprefixed attributes outside `allowed`. */
export function checkAttrs(ctx: DecodeContext, el: XElement, allowed: readonly string[], path: string): void {
  for (const a of el.attrs) {
    if (!isForeignAttr(a.name) && !allowed.includes(a.name)) {
      report(ctx, 'xml.unexpected-element', `<${el.local}> has an unexpected attribute ${a.name}.`, path, a.pos);
    }
  }
}
