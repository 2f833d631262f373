/**
 * Finds where JSON text stops being valid, for error positions: some
 * engines' `JSON.parse` messages carry no offset. Iterative (an explicit
 * stack), and only run after `JSON.parse` has already failed.
 */
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = '"\\/bfnrtu';

export function syntaxErrorOffset(t: string): number {
  const n = t.length;
  let i = 0;
  const stack: number[] = []; // 1 = object, 2 = array

  const ws = (): void => {
    while (i < n) {
      const c = t.charCodeAt(i);
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
      i++;
    }
  };
  /** A string at `i`; false leaves `i` at the offending character. */
  const str = (): boolean => {
    if (t[i] !== '"') return false;
    i++;
    while (i < n) {
      const c = t.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c < 32) return false;
      if (c === 92) {
        const e = t[i + 1];
        if (e === undefined || !ESCAPES.includes(e)) return false;
        if (e === 'u' && !/^[0-9a-fA-F]{4}$/.test(t.slice(i + 2, i + 6))) return false;
        i += e === 'u' ? 6 : 2;
      } else i++;
    }
    return false;
  };
  const key = (): boolean => {
    ws();
    if (!str()) return false;
    ws();
    if (t[i] !== ':') return false;
    i++;
    return true;
  };
  const scalar = (): boolean => {
    for (const word of ['true', 'false', 'null']) {
      if (t.startsWith(word, i)) {
        i += word.length;
        return true;
      }
    }
    NUMBER.lastIndex = i;
    if (!NUMBER.test(t)) return false;
    i = NUMBER.lastIndex;
    return true;
  };

  for (;;) {
    ws();
    if (i >= n) return n;
    const c = t[i];
    if (c === '{' || c === '[') {
      i++;
      ws();
      if (t[i] === (c === '{' ? '}' : ']')) i++;
      else {
        stack.push(c === '{' ? 1 : 2);
        if (c === '{' && !key()) return i;
        continue;
      }
    } else if (c === '"') {
      if (!str()) return i;
    } else if (!scalar()) return i;
    // after a value: close containers or move to the next member
    for (;;) {
      ws();
      const top = stack[stack.length - 1];
      if (top === undefined) return i < n ? i : -1;
      if (t[i] === ',') {
        i++;
        if (top === 1 && !key()) return i;
        break;
      }
      if (t[i] === (top === 1 ? '}' : ']')) {
        i++;
        stack.pop();
        continue;
      }
      return i;
    }
  }
}
