/**
 * validateXml and validateJson locate only the paths of their diagnostics
 * (issue 14): XML reads in full only the children of the root that hold
 * one, JSON skips the subtrees that hold none. Each must place every
 * diagnostic where a full pass over the whole text would.
 */
import { describe, expect, it } from 'vitest';
import { decodeXmlDocument, encodeJson, encodeXml, example, exampleTypes, validateJson, validateXml } from '../src/index.js';
import { locateJsonPointers } from '../src/json/locate.js';
import { pointerAncestors as ancestry } from '../src/codec/pointer.js';
import type { Diagnostic } from '../src/diagnostic.js';

type Json = Record<string, unknown>;

/** Where a full pass puts each diagnostic: its nearest located ancestor (validate/place.ts). */
function fullXml(xml: string, diagnostics: readonly Diagnostic[]): Array<[number?, number?]> {
  const locations = decodeXmlDocument(xml, { locations: true, canonicalDates: true }).locations!;
  return diagnostics.map((d) => {
    for (const p of ancestry(d.path)) {
      const at = locations.get(p);
      if (at) return [at.line, at.column];
    }
    return [undefined, undefined];
  });
}

function fullJson(json: string, diagnostics: readonly Diagnostic[]): Array<[number?, number?]> {
  const all = locateJsonPointers(json, diagnostics.flatMap((d) => ancestry(d.path)));
  return diagnostics.map((d) => {
    const chain = ancestry(d.path);
    for (let i = 0; i < chain.length; i++) {
      const at = all.get(chain[i]!);
      if (!at) continue;
      const pos = i === 0 && d.code.startsWith('schema.unknown') ? (at.key ?? at.value) : at.value;
      return [pos.line, pos.column];
    }
    return [undefined, undefined];
  });
}

const placed = (ds: readonly Diagnostic[]) => ds.map((d): [number?, number?] => [d.line, d.column]);

/** Resources of every kind, each given an unknown property and a wrong enumeration member where it has one. */
function flawed(): Json[] {
  return exampleTypes()
    .map((type, i) => example(type, { seed: i + 1, all: true }))
    .filter((e) => e.kind === 'resource')
    .map((e, i) => {
      const value = structuredClone(e.value) as Json;
      value[`unknown${i}`] = 'x';
      const embedded = value._embedded as Record<string, Json | Json[]> | undefined;
      for (const [k, v] of Object.entries(embedded ?? {})) {
        const first = Array.isArray(v) ? v[v.length - 1] : v;
        if (first) first[`nested${k}`] = 'y';
      }
      return value;
    });
}

function channel(resources: Json[]): Json {
  return {
    _links: { self: { href: '/ucwa/oauth/v1/applications/1/events?ack=1' } },
    sender: resources.map((r, i) => ({
      rel: 'conversation',
      href: `/ucwa/oauth/v1/applications/1/communication/conversations/${i}`,
      events: [{ link: { rel: r.rel, href: `/x/${i}` }, type: 'updated', _embedded: { [r.rel as string]: r } }],
    })),
  };
}

describe('diagnostics located by a targeted pass', () => {
  const resources = flawed();

  it('XML: every resource kind, and an event channel of all of them, as a full pass places them', () => {
    let checked = 0;
    for (const value of [...resources, channel(resources), channel(resources.slice(0, 3))]) {
      const xml = encodeXml(value);
      const { diagnostics } = validateXml(xml);
      expect(diagnostics.length).toBeGreaterThan(0);
      expect(placed(diagnostics)).toEqual(fullXml(xml, diagnostics));
      checked += diagnostics.length;
    }
    expect(checked).toBeGreaterThan(resources.length * 2);
  });

  it('XML: repeated embedded keys and links, a root without rel, a diagnostic in the last child', () => {
    const ns = 'xmlns="http://schemas.microsoft.com/rtc/2012/03/ucwa"';
    const docs = [
      `<resource ${ns} rel="attendees" href="/a"><link rel="participant" href="/p/1"/><link rel="participant" href="/p/2" bad="1"/>`
        + '<resource rel="participant" href="/p/1"><property name="rel">participant</property><property name="x">1</property></resource>'
        + '<resource rel="participant" href="/p/2"><property name="rel">participant</property><property name="y">2</property></resource></resource>',
      `<resource ${ns}><property name="rel">note</property><property name="message">hi</property><property name="z">1</property></resource>`,
      `<events ${ns} href="/e"><sender rel="conversation" href="/c/1"/><sender rel="conversation" href="/c/2"><updated rel="note" href="/n">`
        + '<resource rel="note" href="/n"><property name="rel">note</property><property name="zz">1</property></resource></updated></sender></events>',
    ];
    for (const xml of docs) {
      const { diagnostics } = validateXml(xml);
      expect(diagnostics.length).toBeGreaterThan(0);
      expect(placed(diagnostics)).toEqual(fullXml(xml, diagnostics));
    }
  });

  it('JSON: every resource kind, and an event channel of all of them, as a full pass places them', () => {
    for (const value of [...resources, channel(resources)]) {
      for (const json of [encodeJson(value), JSON.stringify(value), `\ufeff${JSON.stringify(value, null, '\t')}`.replace(/"\//g, '"\\/')]) {
        const { diagnostics } = validateJson(json);
        expect(diagnostics.length).toBeGreaterThan(0);
        expect(placed(diagnostics)).toEqual(fullJson(json.replace(/^\ufeff/, ''), diagnostics));
      }
    }
  });

  it('JSON: strings with escaped quotes and backslashes, CRLF and lone CR line breaks in skipped parts', () => {
    const tricky = { rel: 'note', message: 'a "quoted" \\ back\\slash \\"', _links: { self: { href: '/n\\"' } } };
    const value = channel([tricky, tricky, { ...tricky, unknownZ: 'z"\\' }, tricky]);
    for (const newline of ['\n', '\r\n', '\r']) {
      const json = JSON.stringify(value, null, 1).replace(/\n/g, newline);
      const { diagnostics } = validateJson(json);
      expect(diagnostics.map((d) => d.path)).toContain('/sender/2/events/0/_embedded/note/unknownZ');
      expect(placed(diagnostics)).toEqual(fullJson(json, diagnostics));
    }
  });
});
