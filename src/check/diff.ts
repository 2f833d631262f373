/**
 * Structural comparison of two decoded values: the one differ of the
 * project, used for fixture twins (`name.xml` and `name.json` that must say
 * the same thing) and by `ucwa diff` (two captures, in any form).
 *
 * Differences are named by JSON pointer, at the deepest place where the two
 * values part: `added` (only in the right value), `removed` (only in the
 * left), `changed` (both values given), and, where arrays are matched,
 * `moved` (an item found at another index). Object key order never counts.
 *
 * Arrays are compared one of two ways. `whole` (twins): item by item when
 * the lengths agree, else the two arrays as one change. `match` (diff):
 * items that carry a `_links.self.href` (embedded resources) or an `href`
 * (links) found once on each side are paired by it, whatever their index, through a map (linear in the items); the
 * others are paired in order. Among the pairs, those outside a longest
 * increasing run of indices (n log n) are reported `moved`, so one item
 * inserted at the front moves nothing. Pointers of removed items are into
 * the left value; every other pointer is into the right one (a change
 * inside a moved item is at its new index).
 *
 * The walk uses an explicit stack (values come from user files and may nest
 * deeply), and an `ignore` predicate leaves out places (`etag`, hrefs with
 * ids, dates) and everything below them.
 */
import { jsonPreview } from '../codec/preview.js';
import { diagnostic, type Diagnostic } from '../diagnostic.js';
import { escapePointer } from '../codec/pointer.js';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'moved';

export interface Change {
  kind: ChangeKind;
  /** JSON pointer: into the left value for `removed`, into the right one otherwise. */
  path: string;
  /** For `moved`: the item's pointer in the left value. */
  from?: string;
  /** The left value (`removed`, `changed`). */
  left?: unknown;
  /** The right value (`added`, `changed`). */
  right?: unknown;
}

export interface DiffOptions {
  /** How arrays are paired (see the module header); `match` by default. */
  arrays?: 'match' | 'whole';
  /** Places (JSON pointers) to leave out, with everything below them. */
  ignore?: (pointer: string) => boolean;
  /** Stop after this many changes. */
  limit?: number;
}

/** A difference as twins report it: `left`/`right` is {@link MISSING} where a side has nothing. */
export interface Difference {
  /** JSON pointer of the first place the values disagree. */
  path: string;
  left: unknown;
  right: unknown;
}

export const MISSING: unique symbol = Symbol('missing');


function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One place to compare: its pointers in the left and right values. */
type Frame = [leftPath: string, rightPath: string, left: unknown, right: unknown];

/** Every change from `left` to `right`. */
export function diffValues(left: unknown, right: unknown, options: DiffOptions = {}): Change[] {
  const out: Change[] = [];
  const limit = options.limit ?? Infinity;
  const ignored = options.ignore ?? (() => false);
  const whole = options.arrays === 'whole';
  const emit = (change: Change) => {
    if (out.length < limit && !ignored(change.path) && !(change.from !== undefined && ignored(change.from))) out.push(change);
  };
  const stack: Frame[] = [['', '', left, right]];
  while (stack.length && out.length < limit) {
    const [lp, rp, a, b] = stack.pop()!;
    if (Object.is(a, b) || ignored(rp)) continue;
    if (a === MISSING) emit({ kind: 'added', path: rp, right: b });
    else if (b === MISSING) emit({ kind: 'removed', path: lp, left: a });
    else if (Array.isArray(a) && Array.isArray(b)) {
      if (whole && a.length !== b.length) emit({ kind: 'changed', path: rp, left: a, right: b });
      else pushArray(stack, lp, rp, a, b, whole ? undefined : ignored, emit);
    } else if (isObject(a) && isObject(b)) {
      const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort().reverse();
      for (const key of keys) {
        const token = `/${escapePointer(key)}`;
        stack.push([lp + token, rp + token, Object.hasOwn(a, key) ? a[key] : MISSING, Object.hasOwn(b, key) ? b[key] : MISSING]);
      }
    } else {
      emit({ kind: 'changed', path: rp, left: a, right: b });
    }
  }
  return out;
}

/**
 * Pairs the items of two arrays and pushes each pair (in index order when
 * popped); unpaired items are removed or added, pairs out of order moved.
 * `ignored` undefined means positional pairing (twins).
 */
function pushArray(stack: Frame[], lp: string, rp: string, a: unknown[], b: unknown[], ignored: ((p: string) => boolean) | undefined, emit: (c: Change) => void): void {
  const hrefIgnored = ignored && (ignored(`${rp}/0/_links/self/href`) || ignored(`${rp}/0/href`));
  const pairs = ignored && !hrefIgnored ? pairByHref(a, b) : pairInOrder(a.length, b.length);
  const pairedLeft = new Uint8Array(a.length);
  const pairedRight = new Uint8Array(b.length);
  for (const [i, j] of pairs) {
    pairedLeft[i] = 1;
    pairedRight[j] = 1;
  }
  // Each item at its own index (removed ones at their left index), so changes come out in index order.
  const frames: Array<[number, Frame]> = [];
  for (let i = 0; i < a.length; i++) if (!pairedLeft[i]) frames.push([i, [`${lp}/${i}`, `${rp}/${i}`, a[i], MISSING]]);
  const inOrder = steadyPairs(pairs);
  for (const [k, [i, j]] of pairs.entries()) {
    if (!inOrder[k]) emit({ kind: 'moved', path: `${rp}/${j}`, from: `${lp}/${i}` });
    frames.push([j, [`${lp}/${i}`, `${rp}/${j}`, a[i], b[j]]]);
  }
  for (let j = 0; j < b.length; j++) if (!pairedRight[j]) frames.push([j, [`${lp}/${j}`, `${rp}/${j}`, MISSING, b[j]]]);
  frames.sort((x, y) => x[0] - y[0]);
  for (let f = frames.length - 1; f >= 0; f--) stack.push(frames[f]![1]);
}

function pairInOrder(n: number, m: number): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < Math.min(n, m); i++) pairs.push([i, i]);
  return pairs;
}

/** What identifies an item: an embedded resource's `_links.self.href`, a link's own `href`. */
function selfHref(item: unknown): string | undefined {
  if (!isObject(item)) return undefined;
  if (typeof item.href === 'string') return item.href;
  const self = isObject(item._links) ? item._links.self : undefined;
  return isObject(self) && typeof self.href === 'string' ? self.href : undefined;
}

/** Hrefs that occur once in the array, with their index. */
function uniqueHrefs(items: unknown[]): Map<string, number> {
  const index = new Map<string, number>();
  const twice = new Set<string>();
  items.forEach((item, i) => {
    const href = selfHref(item);
    if (href === undefined || twice.has(href)) return;
    if (index.has(href)) {
      index.delete(href);
      twice.add(href);
    } else index.set(href, i);
  });
  return index;
}

/**
 * Pairs by unique self href; items with none (or one seen twice) on both
 * sides are paired in order among themselves. Sorted by left index.
 */
function pairByHref(a: unknown[], b: unknown[]): Array<[number, number]> {
  const left = uniqueHrefs(a);
  const right = uniqueHrefs(b);
  const pairs: Array<[number, number]> = [];
  const pairedRight = new Uint8Array(b.length);
  const restLeft: number[] = [];
  a.forEach((item, i) => {
    const href = selfHref(item);
    const j = href !== undefined && left.get(href) === i ? right.get(href) : undefined;
    if (j !== undefined) {
      pairs.push([i, j]);
      pairedRight[j] = 1;
    } else if (href === undefined || !left.has(href)) restLeft.push(i);
  });
  // Items with a unique href unmatched on the other side stay unpaired (removed or added).
  const restRight: number[] = [];
  b.forEach((item, j) => {
    const href = selfHref(item);
    if (!pairedRight[j] && (href === undefined || !right.has(href))) restRight.push(j);
  });
  for (let k = 0; k < Math.min(restLeft.length, restRight.length); k++) pairs.push([restLeft[k]!, restRight[k]!]);
  return pairs.sort((x, y) => x[0] - y[0]);
}

/**
 * For pairs sorted by left index, which ones belong to a longest run whose
 * right indices increase (patience sorting, n log n): the others moved.
 */
function steadyPairs(pairs: ReadonlyArray<readonly [number, number]>): boolean[] {
  const tails: number[] = []; // tails[k]: index in pairs of the smallest tail of a run of length k + 1
  const previous = new Int32Array(pairs.length).fill(-1);
  for (let p = 0; p < pairs.length; p++) {
    const j = pairs[p]![1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (pairs[tails[mid]!]![1] < j) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[p] = tails[lo - 1]!;
    tails[lo] = p;
  }
  const steady = new Array<boolean>(pairs.length).fill(false);
  for (let p = tails.length ? tails[tails.length - 1]! : -1; p >= 0; p = previous[p]!) steady[p] = true;
  return steady;
}

/** Every place where `left` and `right` differ, as twins compare them (object key order is ignored). */
export function differences(left: unknown, right: unknown, limit = 100): Difference[] {
  return diffValues(left, right, { arrays: 'whole', limit }).map((c) => ({
    path: c.path,
    left: c.kind === 'added' ? MISSING : c.left,
    right: c.kind === 'removed' ? MISSING : c.right,
  }));
}

function show(value: unknown): string {
  if (value === MISSING) return 'nothing';
  return jsonPreview(value, 80) ?? String(value);
}

/** Differences between twins as diagnostics naming the pointer and both values. */
export function twinDiagnostics(
  left: unknown,
  right: unknown,
  names: { left: string; right: string },
): Diagnostic[] {
  return differences(left, right).map((d) =>
    diagnostic(
      'twin.mismatch',
      `${names.left} and ${names.right} disagree at ${d.path || '(root)'}: ${names.left} has ${show(d.left)}, ${names.right} has ${show(d.right)}`,
      { path: d.path },
    ),
  );
}
