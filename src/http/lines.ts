/** Line-at-a-time reading of text with any line break (CRLF, LF, CR). */

export interface Line {
  text: string;
  /** Offset of the line's first character in the input. */
  start: number;
  /** Offset just after the line's last character (before its line break). */
  end: number;
  /** Offset just after the line break (where the next line starts). */
  after: number;
  /** 1-based line number. */
  number: number;
}

/** Reads lines one at a time, so a large body is never split into lines. */
export class LineReader {
  private pos = 0;
  count = 0;

  constructor(private readonly text: string) {}

  next(): Line | undefined {
    if (this.pos >= this.text.length) return undefined;
    const start = this.pos;
    const breaks = /\r\n|\n|\r/g;
    breaks.lastIndex = start;
    const m = breaks.exec(this.text);
    const end = m ? m.index : this.text.length;
    this.pos = m ? m.index + m[0].length : this.text.length;
    this.count++;
    return { text: this.text.slice(start, end), start, end, after: this.pos, number: this.count };
  }

  /** Text after the line last returned. */
  rest(): string {
    return this.text.slice(this.pos);
  }
}
