/**
 * A small glob matcher (Node 20 has no stable fs.glob): `*` and `?` within a
 * path segment, `**` across segments, `[abc]`/`[a-z]`/`[!a]` classes and
 * `{a,b}` alternatives. Wildcards do not match a leading dot, as in shells.
 * Paths use `/` separators.
 */

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

/** Whether a pattern can match below the first level (it has `**` or a `/`). */
export function globIsDeep(rest: string): boolean {
  return rest.includes('/') || rest.includes('**');
}

export function globToRegExp(pattern: string): RegExp {
  return new RegExp(`^${translate(pattern)}$`);
}

function translate(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    const atSegmentStart = i === 0 || pattern[i - 1] === '/';
    if (c === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/';
      // `**/` matches zero or more whole folders; a trailing `**` matches everything below.
      out += slash ? '(?:(?!\\.)[^/]*/)*' : '(?:(?!\\.)[^/]*(?:/(?!\\.)[^/]*)*)?';
      i += slash ? 2 : 1;
    } else if (c === '*') {
      out += atSegmentStart ? '(?!\\.)[^/]*' : '[^/]*';
    } else if (c === '?') {
      out += atSegmentStart ? '[^/.]' : '[^/]';
    } else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) {
        out += '\\[';
        continue;
      }
      let body = pattern.slice(i + 1, close);
      if (body.startsWith('!')) body = `^${body.slice(1)}`;
      out += `[${body.replace(/[\\\]]/g, '\\$&')}]`;
      i = close;
    } else if (c === '{') {
      const close = pattern.indexOf('}', i);
      if (close < 0) {
        out += '\\{';
        continue;
      }
      const options = pattern.slice(i + 1, close).split(',');
      out += `(?:${options.map(translate).join('|')})`;
      i = close;
    } else {
      out += c.replace(/[.+^$()|\\]/g, '\\$&');
    }
  }
  return out;
}
