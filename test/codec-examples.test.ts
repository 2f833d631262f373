/**
 * The payloads in examples/ come in twins (`name.xml` + `name.json`): each
 * XML file decodes to exactly the value of its JSON twin, with the real
 * schema bundle, and each converts into the other form and back unchanged.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeJson, decodeXml, encodeJson, encodeXml } from '../src/index.js';

const dir = new URL('../examples/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.xml'))
  .map((f) => f.slice(0, -4))
  .filter((n) => readdirSync(dir).includes(`${n}.json`));

describe('examples/ twins', () => {
  it('has the four codec examples', () => {
    expect(names).toEqual(expect.arrayContaining(['note', 'participants', 'events', 'error']));
  });
  for (const name of names) {
    it(`${name}.xml and ${name}.json decode to the same value and convert both ways`, () => {
      const fromXml = decodeXml(read(`${name}.xml`));
      const fromJson = decodeJson(read(`${name}.json`));
      expect(fromXml).toStrictEqual(fromJson);
      expect(decodeXml(encodeXml(fromJson))).toStrictEqual(fromJson);
      expect(decodeJson(encodeJson(fromXml))).toStrictEqual(fromXml);
    });
  }
});
