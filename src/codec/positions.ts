/**
 * Offsets -> 1-based line and column, for every diagnostic of every form.
 * The line table is built once per text, on first use; a line ends at LF,
 * CRLF or a lone CR, as XML and JSON both count them.
 */
export interface TextPosition {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units. */
  column: number;
}

export class Positions {
  /** `starts`: the offsets at which lines start, when a scan of the whole text already found them. */
  constructor(private readonly text: string, private starts?: number[]) {}

  at(offset: number): TextPosition {
    const starts = (this.starts ??= lineStarts(this.text));
    const o = Math.min(Math.max(offset, 0), this.text.length);
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - starts[lo]! + 1 };
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  if (text.indexOf('\r') < 0) {
    // LF only (most text): native searches, a fraction of a loop over every character.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}
