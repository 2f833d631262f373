/**
 * Appends XML to one string: elements, escaped attributes and text,
 * optional indentation. Names are the caller's to check; a character of a
 * value that XML cannot carry is noted in `unwritable` (escape.ts), and the
 * text is then not to be used.
 */
import { escapeAttr, escapeText, type Unwritable } from './escape.js';

export type Attrs = Array<readonly [string, string]>;

export class XmlWriter {
  out = '<?xml version="1.0" encoding="utf-8"?>';
  private readonly pads: string[] = [];
  /** The first character no escape could write, if any. */
  readonly unwritable: Unwritable = {};

  constructor(private readonly indent: number) {}

  private newline(depth: number): void {
    if (!this.indent) return;
    let pad = this.pads[depth];
    if (pad === undefined) pad = this.pads[depth] = '\n' + ' '.repeat(depth * this.indent);
    this.out += pad;
  }

  private tag(name: string, attrs: Attrs): void {
    let s = '<' + name;
    for (const [k, v] of attrs) s += ` ${k}="${escapeAttr(v, this.unwritable)}"`;
    this.out += s;
  }

  /** `<name attrs/>` */
  empty(name: string, attrs: Attrs, depth: number): void {
    this.newline(depth);
    this.tag(name, attrs);
    this.out += '/>';
  }

  /** `<name attrs>text</name>` (self-closing when the text is empty). */
  text(name: string, attrs: Attrs, text: string, depth: number): void {
    if (text === '') return this.empty(name, attrs, depth);
    this.newline(depth);
    this.tag(name, attrs);
    this.out += `>${escapeText(text, this.unwritable)}</${name}>`;
  }

  open(name: string, attrs: Attrs, depth: number): void {
    this.newline(depth);
    this.tag(name, attrs);
    this.out += '>';
  }

  close(name: string, depth: number): void {
    this.newline(depth);
    this.out += `</${name}>`;
  }
}
