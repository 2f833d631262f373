/**
 * `npx tsx scripts/conformance-table.ts`: the W3C XML conformance cases
 * without a DOCTYPE (test/support/w3c.ts) run through our reader, saxes,
 * libxml2's xmllint (when installed: `apt-get install libxml2-utils`) and
 * fast-xml-parser's XMLValidator; prints the markdown table that
 * docs/ARCHITECTURE.md quotes, then the cases each parser gets wrong.
 *
 * Our reader decodes the bytes itself (http/charset.ts). The JavaScript
 * parsers take text, so they get the bytes decoded as a careful
 * application would: TextDecoder with the byte order mark, else UTF-8,
 * fatal on invalid bytes (such a case counts as rejected, the best case for
 * the parser). xmllint reads the file.
 */
import { spawnSync } from 'node:child_process';
import { XMLValidator } from 'fast-xml-parser';
import { SaxesParser } from 'saxes';
import { ourVerdict, w3cCases, type W3cCase } from '../test/support/w3c.js';

type Accepts = (c: W3cCase) => boolean;

/** Bytes -> text as an application would give them to a JavaScript parser; throws on invalid bytes (the case is then rejected). */
function asText(bytes: Uint8Array): string {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding, { fatal: true }).decode(bytes);
}

const saxes: Accepts = (c) => {
  try {
    new SaxesParser({ xmlns: true }).write(asText(c.bytes)).close();
    return true;
  } catch {
    return false;
  }
};

const fastXmlParser: Accepts = (c) => {
  try {
    return XMLValidator.validate(asText(c.bytes)) === true;
  } catch {
    return false;
  }
};

const xmllint: Accepts = (c) => spawnSync('xmllint', ['--noout', '--nonet', c.file], { stdio: 'ignore' }).status === 0;

function hasXmllint(): boolean {
  return spawnSync('xmllint', ['--version'], { stdio: 'ignore' }).status === 0;
}

const parsers: Array<[string, Accepts]> = [
  ['ucwa-codec scanner', (c) => ourVerdict(c.bytes).ok],
  ['saxes 6', saxes],
  ...(hasXmllint() ? [['libxml2 xmllint', xmllint] as [string, Accepts]] : []),
  ['fast-xml-parser XMLValidator', fastXmlParser],
];

const cases = w3cCases().filter((c) => !c.doctype);
const malformed = cases.filter((c) => c.expected === 'malformed');
const wellFormed = cases.filter((c) => c.expected === 'well-formed');

const lines = [
  `| parser | malformed accepted (of ${malformed.length}) | well-formed rejected (of ${wellFormed.length}) |`,
  '| --- | ---: | ---: |',
];
const details: string[] = [];
for (const [name, accepts] of parsers) {
  const wrongAccepted = malformed.filter((c) => accepts(c)).map((c) => c.id);
  const wrongRejected = wellFormed.filter((c) => !accepts(c)).map((c) => c.id);
  lines.push(`| ${name} | ${wrongAccepted.length} | ${wrongRejected.length} |`);
  details.push(`${name}: accepts ${wrongAccepted.join(' ') || 'none'}; rejects ${wrongRejected.join(' ') || 'none'}`);
}
console.log(lines.join('\n'));
console.log('\n' + details.join('\n'));
