/**
 * Twins: `name.xml` and `name.json` in one folder are the same payload in
 * its two forms, so both must decode to the same value. Only bare bodies are
 * twins (not HTTP messages or captures). Comparing them is in compare.ts,
 * which loads the codecs.
 */

/** The path of the other form of a fixture (`a.xml` <-> `a.json`), keeping the extension's case. */
export function twinPath(path: string): string | undefined {
  const match = /\.(xml|json)$/i.exec(path);
  if (!match) return undefined;
  const ext = match[1]!;
  const other = ext.toLowerCase() === 'xml' ? 'json' : 'xml';
  const cased = ext === ext.toUpperCase() ? other.toUpperCase() : other;
  return `${path.slice(0, match.index + 1)}${cased}`;
}

export function formOf(path: string): 'xml' | 'json' | undefined {
  const ext = /\.(xml|json)$/i.exec(path)?.[1]?.toLowerCase();
  return ext === 'xml' || ext === 'json' ? ext : undefined;
}

/**
 * Whether the body names its own type: a JSON object with a string `rel`,
 * or XML whose root is `<resource rel="...">`. Settings' `resources` rules
 * apply only to bodies that do not.
 */
export function declaresRel(form: 'xml' | 'json', text: string): boolean {
  if (form === 'xml') return /^\uFEFF?(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*<(?:[\w.-]+:)?resource\b[^>]*?\srel\s*=/.test(text);
  try {
    const value: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    return typeof value === 'object' && value !== null && typeof (value as { rel?: unknown }).rel === 'string';
  } catch {
    return false;
  }
}
