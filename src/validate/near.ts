/**
 * What counts as a near miss of a known name: the one definition used by the
 * validator (enumeration members, property, link and embedded names), the
 * settings reader and the command line (commands, options, resource names).
 *
 * Two different names are near when they are equal ignoring case, or when
 * both have at least NEAR_MIN_LENGTH characters, one edit turns one into the
 * other (a letter inserted, deleted or replaced, or two neighbours swapped,
 * ignoring case), and both hold the same digits. The figures come from the
 * catalogue (test/validate-near.test.ts measures them): two edits would make
 * real names near each other at every length from 2 to 29 characters
 * (`On`/`Off`, `Online`/`Offline`, `tcpPort`/`udpPort`, `minimumAudioPort`/
 * `maximumAudioPort`), so one edit is the most; names that differ in a
 * digit are versions or variants, not typos (`ipv4`/`ipv6`, `myGroups`/
 * `myGroups2`: UCWA names new versions so); below four characters one edit
 * changes too much of a name (`id`/`ip`, `to`/`in`), so only case counts.
 *
 * Linear in the length of the names, and a name is only ever compared with
 * the candidates of one place: safe on hostile input.
 */

/** Shortest name (in characters) for which one edit still counts as near. */
export const NEAR_MIN_LENGTH = 4;

/** Whether `a` and `b` are different names that are near each other (see the module header). */
export function isNear(a: string, b: string): boolean {
  if (a === b) return false;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  if (Math.min(x.length, y.length) < NEAR_MIN_LENGTH || Math.abs(x.length - y.length) > 1) return false;
  return digitsOf(x) === digitsOf(y) && withinOneEdit(x, y);
}

function digitsOf(s: string): string {
  return s.replace(/\D+/g, '');
}

/** One insertion, deletion, substitution or swap of neighbours turns `x` into `y` (x !== y). */
function withinOneEdit(x: string, y: string): boolean {
  if (x.length > y.length) return withinOneEdit(y, x);
  let i = 0;
  while (i < x.length && x.charCodeAt(i) === y.charCodeAt(i)) i++;
  if (x.length < y.length) return x.slice(i) === y.slice(i + 1); // y has one more character at i
  if (x.slice(i + 1) === y.slice(i + 1)) return true; // one substitution at i
  return x[i] === y[i + 1] && x[i + 1] === y[i] && x.slice(i + 2) === y.slice(i + 2); // a swap at i
}

/**
 * The candidates near `name`, closest first (the same letters in another
 * case, then one edit as written, then one edit ignoring case), each once,
 * at most `limit`.
 */
export function nearest(name: string, candidates: Iterable<string>, limit = 3): string[] {
  const lower = name.toLowerCase();
  const ranks: [string[], string[], string[]] = [[], [], []];
  for (const candidate of candidates) {
    if (!isNear(name, candidate)) continue;
    const rank = candidate.toLowerCase() === lower ? 0 : withinOneEdit(name, candidate) ? 1 : 2;
    if (!ranks[rank].includes(candidate)) ranks[rank].push(candidate);
  }
  return ranks.flat().slice(0, limit);
}

/**
 * ` (did you mean `a`?)`, ` (did you mean `a` or `b`?)`, or '' when there is
 * nothing to suggest. `quote` writes one name (backticks by default).
 */
export function didYouMean(names: readonly string[], quote: (name: string) => string = (n) => `\`${n}\``): string {
  if (names.length === 0) return '';
  const quoted = names.map(quote);
  const last = quoted.pop()!;
  return ` (did you mean ${quoted.length ? `${quoted.join(', ')} or ${last}` : last}?)`;
}
