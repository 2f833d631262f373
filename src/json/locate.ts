/**
 * Where things are in a JSON text: a small iterative tokenizer, run only
 * when there is something to report, that finds the position of JSON
 * pointers (the key and the value) and the first syntax error. Iterative, so
 * 100,000 nested arrays cost memory proportional to depth, not stack.
 */
import { BACKSLASH, CR, LBRACE, LBRACKET, LF, QUOTE, RBRACE, RBRACKET, SPACE, TAB } from '../codec/chars.js';
import { Positions, type TextPosition } from '../codec/positions.js';
import { escapePointer } from '../codec/pointer.js';

export type { TextPosition };

export interface PointerPosition {
  /** Position of the member's name (absent for array items and the root). */
  key?: TextPosition;
  /** Position of the first character of the value. */
  value: TextPosition;
}

export interface JsonSyntaxError {
  offset: number;
  position: TextPosition;
  message: string;
}

export interface ScanResult {
  positions: Map<string, PointerPosition>;
  error?: JsonSyntaxError;
}

interface Frame {
  object: boolean;
  /** null when nothing wanted lies inside this container: its members are not tracked. */
  pointer: string | null;
  index: number;
  keyOffset: number;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

class Scanner {
  i = 0;
  /** Offsets at which lines start, gathered while scanning a text known to be valid (null otherwise). */
  readonly lines: number[] | null;
  readonly keyOffsets = new Map<string, number>();
  readonly valueOffsets = new Map<string, number>();
  /** Wanted pointers and all their ancestors (undefined: everything is wanted). */
  private readonly inside: ReadonlySet<string> | undefined;
  constructor(
    readonly text: string,
    readonly wanted: ReadonlySet<string> | undefined,
    /** The text is known to be valid JSON: containers that hold nothing wanted are skipped unchecked. */
    private readonly parsed = false,
  ) {
    // Line breaks in valid JSON lie outside strings, where this scan looks at every character: it finds the lines as it goes.
    this.lines = parsed ? [0] : null;
    if (text.charCodeAt(0) === 0xfeff) this.i = 1;
    if (wanted) {
      const inside = new Set<string>();
      for (const p of wanted) {
        for (let end = p.length; end > 0; end = p.lastIndexOf('/', end - 1)) inside.add(p.slice(0, end));
        inside.add('');
      }
      this.inside = inside;
    }
  }

  private tracked(pointer: string | null): pointer is string {
    return pointer !== null && (!this.inside || this.inside.has(pointer));
  }

  private ws(): void {
    const t = this.text;
    let i = this.i;
    for (;;) {
      const c = t.charCodeAt(i);
      if (c === SPACE || c === TAB) i++;
      else if (c === LF || c === CR) this.lineBreak(c, i++);
      else break;
    }
    this.i = i;
  }

  /** A line ends at LF, CRLF or a lone CR (as Positions counts them). */
  private lineBreak(c: number, at: number): void {
    if (this.lines && (c === LF || this.text.charCodeAt(at + 1) !== LF)) this.lines.push(at + 1);
  }

  private fail(message: string, offset = this.i): never {
    throw new ScanError(offset, message);
  }

  private found(): string {
    if (this.i >= this.text.length) return 'the end of the text';
    const ch = String.fromCodePoint(this.text.codePointAt(this.i)!);
    return ch === '`' ? 'a backquote' : `\`${ch}\``;
  }

  /** Scans a string starting at the quote; returns its decoded value when asked. */
  private string(decode: boolean): string {
    const t = this.text;
    const start = this.i;
    let i = start + 1;
    let escaped = false;
    for (;;) {
      if (i >= t.length) this.fail('the text ends inside a string', start);
      const c = t.charCodeAt(i);
      if (c === 34) break;
      if (c < 32) this.fail('a control character (such as a line break) inside a string must be escaped', i);
      if (c === 92) {
        escaped = true;
        const e = t[i + 1];
        if (e === 'u') {
          HEX4.lastIndex = i + 2;
          if (!HEX4.test(t)) this.fail('`\\u` must be followed by four hexadecimal digits', i);
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) this.fail(`\`\\${e ?? ''}\` is not a valid escape in a string`, i);
        i += 2;
        continue;
      }
      i++;
    }
    this.i = i + 1;
    if (!decode) return '';
    const raw = t.slice(start + 1, i);
    return escaped ? (JSON.parse(t.slice(start, i + 1)) as string) : raw;
  }

  private note(map: Map<string, number>, pointer: string | null, offset: number): void {
    if (pointer !== null && (!this.wanted || this.wanted.has(pointer))) map.set(pointer, offset);
  }

  /** Scans one value at this.i whose pointer is `pointer`; containers are pushed on `stack`. */
  private value(pointer: string | null, stack: Frame[]): void {
    this.ws();
    const t = this.text;
    const c = t[this.i];
    this.note(this.valueOffsets, pointer, this.i);
    if (c === '{' || c === '[') {
      if (this.parsed && !this.tracked(pointer)) {
        this.skipContainer();
        return;
      }
      stack.push({ object: c === '{', pointer: this.tracked(pointer) ? pointer : null, index: 0, keyOffset: -1 });
      this.i++;
      return;
    }
    if (c === '"') {
      this.string(false);
      return;
    }
    for (const word of ['true', 'false', 'null']) {
      if (t.startsWith(word, this.i)) {
        this.i += word.length;
        return;
      }
    }
    NUMBER.lastIndex = this.i;
    if ((c === '-' || (c !== undefined && c >= '0' && c <= '9')) && NUMBER.test(t)) {
      this.i = NUMBER.lastIndex;
      return;
    }
    this.fail(`expected a value, found ${this.found()}`);
  }

  run(): void {
    const stack: Frame[] = [];
    this.value('', stack);
    while (stack.length) {
      const frame = stack[stack.length - 1]!;
      this.ws();
      const c = this.text[this.i];
      const first = frame.index === 0;
      const close = frame.object ? '}' : ']';
      if (c === close && (first || frame.keyOffset === -2)) {
        this.i++;
        stack.pop();
        const parent = stack[stack.length - 1];
        if (parent) this.after(parent);
        continue;
      }
      if (frame.keyOffset === -2) {
        // after a member: a comma is required
        this.fail(`expected \`,\` or \`${close}\`, found ${this.found()}`);
      }
      if (frame.object) {
        if (c !== '"') {
          this.fail(
            first ? `expected a property name in double quotes or \`}\`, found ${this.found()}` : `expected a property name in double quotes, found ${this.found()}`,
          );
        }
        const keyOffset = this.i;
        const key = this.string(frame.pointer !== null);
        this.ws();
        if (this.text[this.i] !== ':') this.fail(`expected \`:\` after the property name, found ${this.found()}`);
        this.i++;
        const pointer = frame.pointer === null ? null : `${frame.pointer}/${escapePointer(key)}`;
        this.note(this.keyOffsets, pointer, keyOffset);
        frame.keyOffset = keyOffset;
        const depth = stack.length;
        this.value(pointer, stack);
        if (stack.length === depth) this.after(frame);
      } else {
        const depth = stack.length;
        this.value(frame.pointer === null ? null : `${frame.pointer}/${frame.index}`, stack);
        if (stack.length === depth) this.after(frame);
      }
    }
    this.ws();
    if (this.i < this.text.length) this.fail(`unexpected ${this.found()} after the end of the JSON value`);
  }

  /**
   * Jumps over the container at this.i of a text known to be valid: only
   * brackets and string ends are looked at, strings crossed by indexOf.
   * What makes locating a few paths cost a fraction of a full scan.
   */
  private skipContainer(): void {
    const t = this.text;
    const lines = this.lines!;
    let depth = 0;
    for (let i = this.i; ; i++) {
      const c = t.charCodeAt(i);
      if (c === SPACE) continue;
      if (c === QUOTE) i = stringEnd(t, i);
      else if (c === LF) lines.push(i + 1);
      else if (c === LBRACE || c === LBRACKET) depth++;
      else if ((c === RBRACE || c === RBRACKET) && --depth === 0) {
        this.i = i + 1;
        return;
      } else if (c === CR) this.lineBreak(c, i);
    }
  }

  /** A member of `frame` is complete: accept `,` (and expect another) or leave the closer for run(). */
  private after(frame: Frame): void {
    frame.index++;
    this.ws();
    if (this.text[this.i] === ',') {
      this.i++;
      frame.keyOffset = -1;
      this.ws();
      const close = frame.object ? '}' : ']';
      if (this.text[this.i] === close) this.fail(`a trailing comma before \`${close}\` is not allowed`);
    } else {
      frame.keyOffset = -2;
    }
  }
}

/** Offset of the quote that closes the string opening at `open` (a quote after an even run of backslashes). */
function stringEnd(t: string, open: number): number {
  for (let q = t.indexOf('"', open + 1); ; q = t.indexOf('"', q + 1)) {
    let b = q - 1;
    while (t.charCodeAt(b) === BACKSLASH) b--;
    if ((q - 1 - b) % 2 === 0) return q;
  }
}

class ScanError {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

/**
 * Scans `text` once. `wanted` limits the pointers recorded (all when absent).
 * `parsed`: the text is valid JSON (JSON.parse accepted it), so with
 * `wanted` given, the containers that hold none of them are skipped, not
 * checked. Never throws; a syntax error is returned with its position.
 */
export function scanJson(text: string, wanted?: Iterable<string>, parsed = false): ScanResult {
  const scanner = new Scanner(text, wanted ? new Set(wanted) : undefined, parsed);
  let error: JsonSyntaxError | undefined;
  try {
    scanner.run();
  } catch (e) {
    if (!(e instanceof ScanError)) throw e;
    error = { offset: e.offset, position: { line: 1, column: 1 }, message: e.message };
  }
  const entries = [...scanner.valueOffsets.keys()];
  const offsets = entries.flatMap((p) => [scanner.valueOffsets.get(p)!, scanner.keyOffsets.get(p) ?? -1]);
  if (error) offsets.push(error.offset);
  const lines = scanner.lines && !error ? new Positions(text, scanner.lines) : new Positions(text);
  const found = offsets.map((o) => lines.at(o));
  const positions = new Map<string, PointerPosition>();
  entries.forEach((p, n) => {
    const at: PointerPosition = { value: found[2 * n]! };
    if (offsets[2 * n + 1]! >= 0) at.key = found[2 * n + 1]!;
    positions.set(p, at);
  });
  if (error) error.position = found[found.length - 1]!;
  return { positions, error };
}

/** Positions of the given pointers (those not present in the text are left out). */
export function locateJsonPointers(text: string, pointers: Iterable<string>): Map<string, PointerPosition> {
  return scanJson(text, pointers).positions;
}

/** The first syntax error of `text`, or undefined when it is valid JSON. */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  return scanJson(text, []).error;
}
