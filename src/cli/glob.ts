/**
 * A small glob matcher (Node 20 has no stable fs.glob): `*` and `?` within a
 * path segment, `**` across segments, `[abc]`/`[a-z]`/`[!a]` classes and
 * `{a,b}` alternatives. Wildcards do not match a leading dot, as in shells.
 * Paths use `/` separators.
 *
 * Matching never backtracks, so its cost is linear in the length of the
 * path: a pattern compiles to a small automaton (Thompson's construction),
 * and a path is run through it once, every live state advanced together, as
 * RE2 does. The cost is at most (path length) x (pattern length); no pattern
 * and no path can make it exponential, unlike a backtracking RegExp (where
 * `a*a*a*a*a*a*a*a*b` against a long name of `a`s takes minutes). The same
 * automaton runs one folder at a time while a tree is walked, and says when
 * nothing below a folder can match, so such folders are not read at all.
 */

/** A compiled glob. */
export interface GlobMatcher {
  /** Whether the pattern matches the whole path. */
  test(path: string): boolean;
  /** Whether the pattern matches the path or one of the folders above it (`a/b/c` -> `a/b`, `a`). */
  covers(path: string): boolean;
  /** The automaton before any character: feed it a folder at a time. */
  start(): GlobState;
}

/** Where a match stands after part of a path. */
export interface GlobState {
  /** The state after `text` more characters of the path. */
  feed(text: string): GlobState;
  /** Whether the path fed so far matches. */
  matches(): boolean;
  /** Whether some continuation of the path fed so far could still match. */
  alive(): boolean;
}

export function hasGlobMagic(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

/** Splits a pattern into the folder to walk from and the part to match below it. */
export function globBase(pattern: string): { base: string; rest: string } {
  const segments = pattern.split('/');
  const literal: string[] = [];
  while (segments.length > 1 && !hasGlobMagic(segments[0]!)) literal.push(segments.shift()!);
  const base = literal.length === 0 ? '.' : literal.join('/') || '/';
  return { base, rest: segments.join('/') };
}

/**
 * Compiles a glob. An unclosed `[` or `{` stands for itself; a range out of
 * order (`[z-a]`, which could match nothing) throws.
 */
export function compileGlob(pattern: string): GlobMatcher {
  const program = compile(pattern);
  return {
    test: (path) => run(program, path, false),
    covers: (path) => run(program, path, true),
    start: () => new State(program, [0]),
  };
}

/**
 * Work done matching `path`: the number of automaton states visited. For
 * tests, which prove the cost linear without timing anything.
 */
export function globMatchCost(pattern: string, path: string): number {
  const counter = { steps: 0 };
  run(compile(pattern), path, false, counter);
  return counter.steps;
}

// Instructions of the automaton.
/** Consume the character `arg`. */
const CHAR = 0;
/** Consume any character but `/`. */
const ANY = 1;
/** Consume a character of class `arg` (never `/`). */
const CLASS = 2;
/** Continue at the next instruction and at `arg`. */
const SPLIT = 3;
/** Continue at `arg`. */
const JUMP = 4;
/** Continue only if the next character is not a dot (wildcards at a segment start). */
const NOT_DOT = 5;
/** The whole pattern has matched. */
const MATCH = 6;

const SLASH = 0x2f;
const DOT = 0x2e;
const STAR = 0x2a;
const QUESTION = 0x3f;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const COMMA = 0x2c;
const BANG = 0x21;
const CARET = 0x5e;
const DASH = 0x2d;
/** No next character: the end of the path. */
const END = -1;

interface CharClass {
  negated: boolean;
  /** Inclusive code point ranges. */
  ranges: Array<[number, number]>;
}

interface Program {
  ops: number[];
  args: number[];
  classes: CharClass[];
}

function compile(pattern: string): Program {
  const program: Program = { ops: [], args: [], classes: [] };
  emitPattern(program, [...pattern].map((c) => c.codePointAt(0)!), true);
  emit(program, MATCH);
  return program;
}

function emit(program: Program, op: number, arg = 0): number {
  program.ops.push(op);
  program.args.push(arg);
  return program.ops.length - 1;
}

/** `fromSegmentStart`: whether `chars` begins where a path segment begins. */
function emitPattern(program: Program, chars: readonly number[], fromSegmentStart: boolean): void {
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const atSegmentStart = i === 0 ? fromSegmentStart : chars[i - 1] === SLASH;
    if (c === STAR && chars[i + 1] === STAR) {
      if (chars[i + 2] === SLASH) {
        emitFolders(program);
        i += 2;
      } else {
        emitAnything(program);
        i += 1;
      }
    } else if (c === STAR) {
      if (atSegmentStart) emit(program, NOT_DOT);
      emitSegmentRun(program);
    } else if (c === QUESTION) {
      if (atSegmentStart) emit(program, NOT_DOT);
      emit(program, ANY);
    } else if (c === OPEN_BRACKET && indexOf(chars, CLOSE_BRACKET, i + 2) >= 0) {
      const close = indexOf(chars, CLOSE_BRACKET, i + 2);
      program.classes.push(charClass(chars.slice(i + 1, close)));
      emit(program, CLASS, program.classes.length - 1);
      i = close;
    } else if (c === OPEN_BRACE && indexOf(chars, CLOSE_BRACE, i) >= 0) {
      const close = indexOf(chars, CLOSE_BRACE, i);
      emitAlternatives(program, split(chars.slice(i + 1, close), COMMA), atSegmentStart);
      i = close;
    } else {
      emit(program, CHAR, c);
    }
  }
}

/** `*`: any run of characters within the segment. */
function emitSegmentRun(program: Program): void {
  const loop = emit(program, SPLIT);
  emit(program, ANY);
  emit(program, JUMP, loop);
  program.args[loop] = program.ops.length;
}

/** `**` followed by `/`: zero or more whole folders, none of them hidden. */
function emitFolders(program: Program): void {
  const loop = emit(program, SPLIT);
  emit(program, NOT_DOT);
  emitSegmentRun(program);
  emit(program, CHAR, SLASH);
  emit(program, JUMP, loop);
  program.args[loop] = program.ops.length;
}

/** `**` elsewhere: anything, across folders, where no segment starts with a dot. */
function emitAnything(program: Program): void {
  const skip = emit(program, SPLIT);
  emit(program, NOT_DOT);
  const loop = emit(program, SPLIT);
  emit(program, ANY);
  emit(program, JUMP, loop);
  program.args[loop] = program.ops.length;
  const more = emit(program, SPLIT);
  emit(program, CHAR, SLASH);
  emit(program, NOT_DOT);
  emit(program, JUMP, loop);
  program.args[more] = program.ops.length;
  program.args[skip] = program.ops.length;
}

/** `{a,b,c}`: each option in turn, all continuing after the braces. */
function emitAlternatives(program: Program, options: number[][], atSegmentStart: boolean): void {
  const exits: number[] = [];
  options.forEach((option, n) => {
    const last = n === options.length - 1;
    const branch = last ? -1 : emit(program, SPLIT);
    emitPattern(program, option, atSegmentStart);
    if (!last) {
      exits.push(emit(program, JUMP));
      program.args[branch] = program.ops.length;
    }
  });
  for (const exit of exits) program.args[exit] = program.ops.length;
}

/** The body of `[...]`: `!` or `^` first negates; `a-z` is a range; other characters stand for themselves. */
function charClass(body: readonly number[]): CharClass {
  const negated = body[0] === BANG || body[0] === CARET;
  const members = negated ? body.slice(1) : body;
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < members.length; i++) {
    const from = members[i]!;
    if (members[i + 1] === DASH && i + 2 < members.length) {
      const to = members[i + 2]!;
      if (to < from) throw new Error(`the range ${String.fromCodePoint(from)}-${String.fromCodePoint(to)} is out of order`);
      ranges.push([from, to]);
      i += 2;
    } else {
      ranges.push([from, from]);
    }
  }
  return { negated, ranges };
}

function inClass(cls: CharClass, c: number): boolean {
  return c !== SLASH && cls.ranges.some(([from, to]) => c >= from && c <= to) !== cls.negated;
}

function indexOf(chars: readonly number[], c: number, from: number): number {
  for (let i = from; i < chars.length; i++) if (chars[i] === c) return i;
  return -1;
}

function split(chars: readonly number[], separator: number): number[][] {
  const parts: number[][] = [[]];
  for (const c of chars) {
    if (c === separator) parts.push([]);
    else parts[parts.length - 1]!.push(c);
  }
  return parts;
}

/**
 * Runs the path through the automaton. `folders`: also accept when a folder
 * of the path (the part before a `/`) matches.
 */
function run(program: Program, path: string, folders: boolean, counter?: { steps: number }): boolean {
  const runner = new Runner(program, counter);
  let kernel = [0];
  for (let i = 0; i < path.length; ) {
    const c = path.codePointAt(i)!;
    const closure = runner.close(kernel, c);
    if (folders && c === SLASH && i > 0 && runner.accepting(closure)) return true;
    kernel = runner.step(closure, c);
    if (kernel.length === 0) return false;
    i += c > 0xffff ? 2 : 1;
  }
  return runner.accepting(runner.close(kernel, END));
}

class State implements GlobState {
  constructor(
    private readonly program: Program,
    /** Instructions reached by the characters fed so far, before following jumps. */
    private readonly kernel: number[],
  ) {}

  feed(text: string): GlobState {
    const runner = new Runner(this.program);
    let kernel = this.kernel;
    for (const ch of text) {
      if (kernel.length === 0) break;
      const c = ch.codePointAt(0)!;
      kernel = runner.step(runner.close(kernel, c), c);
    }
    return new State(this.program, kernel);
  }

  matches(): boolean {
    const runner = new Runner(this.program);
    return runner.accepting(runner.close(this.kernel, END));
  }

  alive(): boolean {
    return this.kernel.length > 0;
  }
}

/** One pass of the automaton: sets of instructions, each instruction at most once per character. */
class Runner {
  private readonly seen: Int32Array;
  private generation = 0;

  constructor(
    private readonly program: Program,
    private readonly counter?: { steps: number },
  ) {
    this.seen = new Int32Array(program.ops.length);
  }

  /** Follows jumps, splits and dot checks from `kernel`, the next character being `next`. */
  close(kernel: readonly number[], next: number): number[] {
    const { ops, args } = this.program;
    const mark = ++this.generation;
    const out: number[] = [];
    const stack = [...kernel].reverse();
    while (stack.length > 0) {
      const pc = stack.pop()!;
      if (this.seen[pc] === mark) continue;
      this.seen[pc] = mark;
      if (this.counter) this.counter.steps++;
      switch (ops[pc]) {
        case SPLIT:
          stack.push(args[pc]!, pc + 1);
          break;
        case JUMP:
          stack.push(args[pc]!);
          break;
        case NOT_DOT:
          if (next !== DOT) stack.push(pc + 1);
          break;
        default:
          out.push(pc);
      }
    }
    return out;
  }

  /** The instructions reached by consuming `c` from `closure`. */
  step(closure: readonly number[], c: number): number[] {
    const { ops, args, classes } = this.program;
    const out: number[] = [];
    for (const pc of closure) {
      if (this.counter) this.counter.steps++;
      const op = ops[pc];
      const takes = op === CHAR ? args[pc] === c : op === ANY ? c !== SLASH : op === CLASS ? inClass(classes[args[pc]!]!, c) : false;
      if (takes) out.push(pc + 1);
    }
    return out;
  }

  accepting(closure: readonly number[]): boolean {
    return closure.some((pc) => this.program.ops[pc] === MATCH);
  }
}
