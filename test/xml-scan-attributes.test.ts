/**
 * Attribute checks the scanner's faster paths (issue 14) must keep: names
 * shared between elements, attributes counted in a reused array, the
 * expanded-name check run only when two prefixes share a namespace.
 */
import { describe, expect, it } from 'vitest';
import { decodeXml, UcwaError } from '../src/index.js';
import { scanXml } from '../src/xml/scan.js';

const NS = 'xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa"';

function codeOf(xml: string): string | undefined {
  try {
    decodeXml(xml);
    return undefined;
  } catch (error) {
    return error instanceof UcwaError ? error.diagnostics[0]?.code : 'thrown';
  }
}

describe('attributes', () => {
  it.each([
    ['two prefixes of one namespace, same local name', `<resource ${NS} xmlns:a="urn:x" xmlns:b="urn:x" rel="note" a:k="1" b:k="2"/>`, 'xml.namespace'],
    ['the same, far apart among many', `<resource ${NS} xmlns:a="urn:x" xmlns:b="urn:x" rel="note" a:k="1" ${Array.from({ length: 50 }, (_, i) => `a:m${i}="${i}"`).join(' ')} b:k="2"/>`, 'xml.namespace'],
    ['two prefixes of one namespace, other local names', `<resource ${NS} xmlns:a="urn:x" xmlns:b="urn:x" rel="note" a:k="1" b:j="2"/>`, undefined],
    ['two namespaces, same local name', `<resource ${NS} xmlns:a="urn:x" xmlns:b="urn:y" rel="note" a:k="1" b:k="2"/>`, undefined],
    ['one prefix twice', `<resource ${NS} xmlns:a="urn:x" rel="note" a:k="1" a:k="2"/>`, 'xml.malformed'],
    ['a duplicate after 8 others', `<resource ${NS} rel="note" ${Array.from({ length: 9 }, (_, i) => `xmlns:p${i}="urn:${i}"`).join(' ')} xmlns:p3="urn:3"/>`, 'xml.malformed'],
    ['an undeclared prefix after a declared one', `<resource ${NS} xmlns:a="urn:x" rel="note" a:k="1" c:k="2"/>`, 'xml.namespace'],
  ])('%s', (_name, xml, code) => {
    expect(codeOf(xml)).toBe(code);
  });

  it('gives each element its own attributes and namespaces, many elements and names', () => {
    const names = Array.from({ length: 100 }, (_, i) => `n${i}`);
    const xml = `<resource ${NS} rel="note" href="/n">${names.map((n, i) => `<link rel="${n}" href="/${i}" title="t${i}"/>`).join('')}</resource>`;
    const { root, positions } = scanXml(xml, 64);
    expect(positions).toBeDefined();
    expect(root.attrs.map((a) => a.name)).toEqual(['xmlns', 'rel', 'href']);
    expect(root.children.map((c) => c.attrs.map((a) => `${a.name}=${a.value}`).join(' '))).toEqual(names.map((n, i) => `rel=${n} href=/${i} title=t${i}`));
  });
});
