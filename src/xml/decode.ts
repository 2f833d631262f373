/**
 * XML text -> HAL JSON value. The root element picks the body form:
 * `<resource>`, `<input>` (request), `<reason>` (error), `<events>`,
 * or a data-contract body (`<optionsMetadata>`, `<operationsQueued>`).
 * A `<resource>` or `<input>` that names no type (no rel, no `resource`
 * option) is typed by its names (schema/infer.ts); the document says so.
 */
import { asUcwaError, checkOptions } from '../boundary.js';
import { UcwaError, diagnostic } from '../diagnostic.js';
import { inputTextAs } from '../codec/limits.js';
import { maxBytesOf, maxDepthOf, type DecodeOptions } from '../codec/options.js';
import { decodingPlan, inferType, shapeIndexOf, type BodyForm, type BodyNames, type Inference } from '../schema/infer.js';
import { defaultPlanner, type Plan, type Planner } from '../schema/plan.js';
import { attr, holdChildren, mark, withoutPointers, type DecodeContext } from './context.js';
import { CONTRACTS } from './contracts.js';
import { decodeContract, decodeEvents, decodeInput, decodeReason } from './decode-bodies.js';
import { decodeResource, propertyRel } from './decode-resource.js';
import { Scanner, type RootSpans, type ScanOptions, type Skim, type XElement } from './scan.js';
import type { Positions } from '../codec/positions.js';
import { pointerAncestors } from '../codec/pointer.js';

export interface XmlDocumentOptions extends DecodeOptions {
  /** Also return the line/column of every decoded node, keyed by JSON pointer. */
  locations?: boolean;
  /** Schema planner to use instead of the one over the generated bundle (tests). */
  planner?: Planner;
  /**
   * The charset of the input: for bytes, the one to decode them with (a byte
   * order mark wins; UTF-8 by default); for text, the one it was decoded
   * from (a Content-Type's charset, as `normalize` passes it). The XML
   * declaration's encoding must agree; text given without a charset accepts
   * UTF-8 and UTF-16 declarations.
   */
  charset?: string;
  /**
   * Read every date as `/Date(ms)/`, also the ISO forms a request body keeps
   * as written (the validator's view: any ISO 8601 date is a date in XML).
   */
  canonicalDates?: boolean;
}

export interface XmlDocument {
  value: unknown;
  locations?: Map<string, { line: number; column: number }>;
  /** How a body without rel (and without the `resource` option) was typed by its names. */
  inference?: Inference;
}

/** Plan named by `options.resource`; an unknown name is an error, not a silent untyped decode. */
export function optionPlan(planner: Planner, resource: string | undefined): Plan | undefined {
  if (resource === undefined) return undefined;
  const type = planner.resolveType(resource);
  const plan = type ? planner.planFor(type) : undefined;
  if (!plan) {
    throw new UcwaError([
      diagnostic('schema.unknown-resource', `No type, page or rel named "${resource}" is in the schema.`),
    ]);
  }
  return plan;
}

function rootPlan(ctx: DecodeContext, root: XElement, named: Plan | undefined): Plan | undefined {
  if (named) return named;
  let rel = attr(root, 'rel');
  if (rel === undefined) {
    // A root without rel (a small PUT body) is typed by its <property name="rel">, wherever it is.
    holdChildren(ctx);
    rel = propertyRel(root)?.text;
    // Neither: the names say what it is (the discovery responses carry no rel).
    if (rel === undefined) return inferredPlan(ctx, root, 'resource');
  }
  const type = rel !== undefined ? ctx.planner.typeForRel(rel) : undefined;
  return type ? ctx.planner.planFor(type) : undefined;
}

/** Types a body without rel by the names of its children (read whole first: such bodies are small). */
function inferredPlan(ctx: DecodeContext, root: XElement, form: BodyForm): Plan | undefined {
  holdChildren(ctx);
  const names = elementNames(root);
  ctx.inference = inferType(names, form, shapeIndexOf(ctx.planner.bundle));
  return decodingPlan(ctx.planner, ctx.inference, names);
}

/** Property, link and embedded names of an element, as the value decoded from it will have them. */
function elementNames(el: XElement): BodyNames {
  const properties: string[] = [];
  const links: string[] = attr(el, 'href') !== undefined ? ['self'] : [];
  const embedded: string[] = [];
  for (const c of el.children) {
    const name = c.local === 'property' || c.local === 'propertyList' ? attr(c, 'name') : attr(c, 'rel');
    if (name === undefined) continue;
    if (c.local === 'link') links.push(name);
    else if (c.local === 'resource') embedded.push(name);
    else if (name !== 'rel' && (c.local === 'property' || c.local === 'propertyList')) properties.push(name);
  }
  return { properties, links, embedded };
}

/** The error definition of the bundle, if the model has one, to type `<reason>` bags. */
function errorPlan(planner: Planner): Plan | undefined {
  for (const [name, def] of Object.entries(planner.bundle.definitions)) {
    if (def.ucwaKind === 'error') return planner.planFor(name);
  }
  return undefined;
}

/**
 * UCWA XML -> the JSON value, with the locations of its nodes and how a body
 * without rel was typed when asked. Throws only `UcwaError` (boundary.ts).
 */
export function decodeXmlDocument(input: string | Uint8Array, options: XmlDocumentOptions = {}): XmlDocument {
  try {
    checkOptions(options);
    return decodeDocument(input, options);
  } catch (error) {
    throw asUcwaError(error);
  }
}

function decodeDocument(input: string | Uint8Array, options: XmlDocumentOptions, spans?: (spans: RootSpans) => void): XmlDocument {
  const { text, encoding } = inputTextAs(input, maxBytesOf(options), options.charset);
  if (text.trim() === '') throw new UcwaError([diagnostic('input.empty', 'The document is empty.')]);
  const planner = options.planner ?? defaultPlanner();
  if (!options.locations) {
    // Fast pass without paths; a document with errors falls through to the full one.
    try {
      const { value, ctx, scanner } = withoutPointers(() => scanAndDecode(text, { encoding, spans: spans !== undefined }, options, planner, false));
      if (!ctx.errors.length) {
        if (spans && scanner.spans) spans(scanner.spans);
        return ctx.inference ? { value, inference: ctx.inference } : { value };
      }
    } catch (error) {
      if (!(error instanceof UcwaError)) throw error;
    }
  }
  const { value, ctx } = scanAndDecode(text, { encoding }, options, planner, options.locations === true);
  if (ctx.errors.length) throw new UcwaError(ctx.errors);
  const out: XmlDocument = { value };
  if (ctx.loc) out.locations = locationMap(ctx.loc, ctx.positions);
  if (ctx.inference) out.inference = ctx.inference;
  return out;
}

/**
 * For validateXml: `decodeXmlDocument`, also saying where each child of the
 * root starts and ends (undefined when the document had to be decoded twice).
 */
export function decodeXmlWithSpans(input: string | Uint8Array, options: XmlDocumentOptions): { doc: XmlDocument; spans?: RootSpans } {
  try {
    checkOptions(options);
    let spans: RootSpans | undefined;
    const doc = decodeDocument(input, { ...options, locations: false }, (s) => (spans = s));
    return spans ? { doc, spans } : { doc };
  } catch (error) {
    throw asUcwaError(error);
  }
}

/**
 * Offsets of the nodes at `pointers` (and of their nearest located
 * ancestors) in a document `decodeXmlWithSpans` read without error. The
 * cost follows the problems, not the document: a first pass reads only the
 * start tags of the root's children (their content skipped by `spans`, to
 * learn which child holds which path), a second reads in full only the
 * children that hold a wanted pointer. The positions are line/column.
 */
export function locateXml(
  text: string,
  options: XmlDocumentOptions,
  spans: RootSpans | undefined,
  pointers: Iterable<string>,
): Map<string, { line: number; column: number }> {
  const planner = options.planner ?? defaultPlanner();
  const pass = (skim: Skim | undefined) => scanAndDecode(text, { encoding: options.charset, skim }, options, planner, true).ctx;
  const wanted = new Set<string>();
  for (const p of pointers) for (const a of pointerAncestors(p)) wanted.add(a);
  let ctx: DecodeContext;
  if (spans && spans.starts.length > 1) {
    // Start tags only: which child of the root each wanted pointer (or its nearest located ancestor) lies in.
    const outline = pass({ ends: spans.ends, keep: new Set() });
    // A root without rel is typed by its children's content (a small PUT body): read whole.
    if (outline.root.local === 'resource' && attr(outline.root, 'rel') === undefined && !options.resource) return locateXml(text, options, undefined, pointers);
    const offsets = offsetsOf(outline.loc!, wanted);
    const keep = new Set<number>();
    for (const p of pointers) {
      const at = nearest(offsets, p);
      const k = at === undefined ? -1 : spanIndex(spans, at);
      if (k >= 0) keep.add(k);
    }
    ctx = keep.size ? pass({ ends: spans.ends, keep }) : outline;
  } else {
    ctx = pass(undefined);
  }
  const found = offsetsOf(ctx.loc!, wanted);
  const out = new Map<string, { line: number; column: number }>();
  for (const [p, offset] of found) out.set(p, ctx.positions.at(offset));
  return out;
}

/** Offsets of the recorded paths in `wanted` (the last one recorded wins, as in locationMap). */
function offsetsOf(loc: { paths: string[]; offsets: number[] }, wanted: ReadonlySet<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (let k = 0; k < loc.paths.length; k++) if (wanted.has(loc.paths[k]!)) out.set(loc.paths[k]!, loc.offsets[k]!);
  return out;
}

/** Offset of `pointer` or of its nearest recorded ancestor. */
function nearest(offsets: ReadonlyMap<string, number>, pointer: string): number | undefined {
  for (const a of pointerAncestors(pointer)) {
    const at = offsets.get(a);
    if (at !== undefined) return at;
  }
  return undefined;
}

/** Index of the child of the root whose span holds `offset`, or -1. */
function spanIndex(spans: RootSpans, offset: number): number {
  const { starts, ends } = spans;
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return starts[lo]! <= offset && offset < ends[lo]! ? lo : -1;
}

/** Scans and decodes in one pass: each child of the root is decoded as soon as it closes. */
function scanAndDecode(text: string, scan: ScanOptions, options: XmlDocumentOptions, planner: Planner, locations: boolean) {
  const scanner = new Scanner(text, maxDepthOf(options), scan);
  const root = scanner.start();
  let named: Plan | undefined;
  try {
    named = optionPlan(planner, options.resource);
  } catch (error) {
    scanner.finish(); // a malformed document is reported as such first
    throw error;
  }
  const ctx: DecodeContext = {
    planner, positions: scanner.positions, errors: [], loc: locations ? { paths: [], offsets: [] } : null, root, scanner,
  };
  mark(ctx, '', root.pos);
  if (!options.canonicalDates && (root.local === 'input' || named?.kind === 'request')) ctx.keepIsoDates = true;
  const value = decodeBody(ctx, root, named, scanner);
  scanner.finish();
  return { value, ctx, scanner };
}

function locationMap(loc: { paths: string[]; offsets: number[] }, positions: Positions): Map<string, { line: number; column: number }> {
  const locations = new Map<string, { line: number; column: number }>();
  for (let k = 0; k < loc.paths.length; k++) locations.set(loc.paths[k]!, positions.at(loc.offsets[k]!));
  return locations;
}

function decodeBody(ctx: DecodeContext, root: XElement, named: Plan | undefined, scanner: Scanner): unknown {
  switch (root.local) {
    case 'resource':
      return decodeResource(ctx, root, rootPlan(ctx, root, named), '', true);
    case 'input':
      return decodeInput(ctx, root, named ?? inferredPlan(ctx, root, 'request'));
    case 'reason':
      return decodeReason(ctx, root, named ?? errorPlan(ctx.planner), '');
    case 'events':
      return decodeEvents(ctx, root);
    default: {
      const contract = CONTRACTS.get(root.local);
      if (!contract) {
        scanner.finish(); // a malformed document is reported as such first
        throw new UcwaError([
          diagnostic('xml.unexpected-element', `<${root.local}> is not a UCWA body (expected <resource>, <input>, <reason> or <events>).`, ctx.positions.at(root.pos)),
        ]);
      }
      return decodeContract(ctx, root, contract, '');
    }
  }
}

/**
 * UCWA XML (text, or bytes in UTF-8 or UTF-16 with a byte order mark) -> the
 * JSON value UCWA would have sent for the same response. Throws only
 * `UcwaError`, whose diagnostics say what and where.
 */
export function decodeXml(text: string | Uint8Array, options?: DecodeOptions): unknown {
  return decodeXmlDocument(text, options).value;
}
