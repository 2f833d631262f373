import { describe, expect, it } from 'vitest';
import { decodeXml, decodeXmlDocument, UcwaError } from '../src/index.js';

const NS = 'http://schemas.microsoft.com/rtc/2012/03/ucwa';

function failure(fn: () => unknown): UcwaError {
  try {
    fn();
  } catch (error) {
    if (error instanceof UcwaError) return error;
    throw error;
  }
  throw new Error('expected a UcwaError');
}

// The decoder's first pass builds no paths and keeps no indentation; these
// check that errors still carry full paths and that values are unchanged.
describe('lean XML decoding', () => {
  it('errors deep in a document still name their JSON pointer', () => {
    const doc =
      `<resource xmlns="${NS}" rel="note" href="/n"><resource rel="y" href="/y">` +
      `<property name="z">a<link rel="q" href="/q"/></property></resource></resource>`;
    const paths = failure(() => decodeXml(doc)).diagnostics.map((d) => d.path);
    expect(paths).toEqual(['/_embedded/y/z', '/_embedded/y/z']);
  });

  it('indentation between elements is no value, while white space inside a property is kept', () => {
    const doc = `<resource xmlns="${NS}" rel="note" href="/n">\n  <property name="message">  two  </property>\n  <property name="blank">   </property>\n</resource>`;
    expect(decodeXml(doc)).toMatchObject({ message: '  two  ', blank: '   ' });
    expect(decodeXml(doc)).toEqual(decodeXmlDocument(doc, { locations: true }).value);
  });

  it('text beside child elements is still an error, wherever it stands', () => {
    for (const doc of [
      `<resource xmlns="${NS}" rel="note" href="/n"> x <property name="message">m</property></resource>`,
      `<resource xmlns="${NS}" rel="note" href="/n"><property name="message">m</property> x </resource>`,
    ]) {
      expect(failure(() => decodeXml(doc)).diagnostics[0]!.code).toBe('xml.unexpected-element');
    }
  });
});
