/**
 * The W3C XML Conformance Test Suite (XML 1.0 fifth edition, Namespaces
 * 1.0; test/support/w3c.ts selects and reads it from node_modules).
 *
 * - Every case without a DOCTYPE, through our reader alone (bytes decoded as
 *   every entry point decodes them, then the scanner with the UCWA namespace
 *   rule lifted): the outcome the suite expects, except the cases listed in
 *   EXCEPTIONS with their reason (none today; an entry that no longer
 *   differs fails, like test/reference/known-errors.ts).
 * - The same cases through validateXml, the UCWA entry point: a malformed
 *   case is never valid, and a well-formed one is refused only by a rule of
 *   UCWA_RULES (never by an XML error), without a throw.
 * - Every case with a DOCTYPE: refused, by a UcwaError, never a crash.
 *
 * `npx tsx scripts/conformance-table.ts` compares the same cases across
 * saxes, xmllint and fast-xml-parser (docs/ARCHITECTURE.md).
 */
import { describe, expect, it } from 'vitest';
import { validateXml } from '../src/index.js';
import { ourVerdict, w3cCases } from './support/w3c.js';

/** W3C cases our reader decides otherwise than the suite: id -> why. */
const EXCEPTIONS: Record<string, string> = {};

/** Why the UCWA decoder may refuse a well-formed document: its rules, not XML's. */
const UCWA_RULES: Record<string, string> = {
  'xml.unexpected-element': 'the root element is not a UCWA body (<resource>, <input>, <reason>, <events> or a data contract)',
  'xml.namespace': 'an element is in a namespace other than the UCWA namespace',
};

const cases = w3cCases();
const plain = cases.filter((c) => !c.doctype);
const withDoctype = cases.filter((c) => c.doctype);

describe('W3C XML conformance suite, cases without a DOCTYPE', () => {
  it('selects the XML 1.0 fifth edition and Namespaces 1.0 cases', () => {
    expect(plain.filter((c) => c.expected === 'malformed').length).toBe(244);
    expect(plain.filter((c) => c.expected === 'well-formed').length).toBe(73);
    expect(withDoctype.length).toBe(1648);
  });

  it('our reader rejects every malformed case and accepts every well-formed one (EXCEPTIONS aside)', () => {
    const wrong: string[] = [];
    for (const c of plain) {
      const verdict = ourVerdict(c.bytes);
      const accepted = verdict.ok;
      const right = accepted === (c.expected === 'well-formed');
      if (right === (c.id in EXCEPTIONS)) {
        wrong.push(`${c.id} (${c.expected}): ${right ? 'listed in EXCEPTIONS but now right' : verdict.ok ? 'accepted' : verdict.message} -- ${c.description}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('every exception names a case of the selection', () => {
    const ids = new Set(plain.map((c) => c.id));
    expect(Object.keys(EXCEPTIONS).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('validateXml never calls a malformed case valid, and refuses well-formed ones only by the UCWA rules', () => {
    const wrong: string[] = [];
    for (const c of plain) {
      const r = validateXml(c.bytes);
      const code = r.diagnostics[0]?.code ?? 'valid';
      if (c.expected === 'malformed' ? r.valid : !r.valid && !(code in UCWA_RULES)) wrong.push(`${c.id} (${c.expected}): ${code}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('W3C XML conformance suite, cases with a DOCTYPE', () => {
  it('refuses every one with a diagnostic, never a crash', () => {
    const accepted: string[] = [];
    const codes = new Set<string>();
    for (const c of withDoctype) {
      const verdict = ourVerdict(c.bytes); // throws on anything but a UcwaError
      if (verdict.ok) accepted.push(c.id);
      else codes.add(verdict.code);
      expect(validateXml(c.bytes).valid).toBe(false);
    }
    expect(accepted).toEqual([]);
    expect(codes.has('xml.doctype')).toBe(true);
  });
});
