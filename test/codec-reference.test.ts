/**
 * The codec over Microsoft's reference examples (read at run time from
 * ../shared/ucwa-reference; skipped when the folder is absent):
 *  - each XML response example decodes to the structure of its JSON twin
 *    (property names, links, embedded entries, array or single, value types);
 *  - the round-trip laws hold for every XML and JSON response example;
 *  - the concept pages' event channel and error samples decode as documented.
 *
 * A difference is accepted only when it is a gap of the model (the plan does
 * not know the property, so the codec reads text as a string), when the
 * model's known-errors list records the page's example as wrong, or when it
 * is one of the codec decisions listed below.
 */
import { describe, expect, it } from 'vitest';
import { decodeJson, decodeXml, encodeJson, encodeXml } from '../src/index.js';
import { defaultPlanner, type Plan } from '../src/schema/plan.js';
import { knownErrors } from './reference/known-errors.js';
import { fencedBlocks, referenceDir, responseExamples, responseTwins } from './support/reference.js';
import { compareResources, type Difference } from './support/structure.js';

const planner = defaultPlanner();

/** Codec decisions where XML and JSON samples legitimately differ in structure. */
const DECISIONS: Array<{ page: string; path: RegExp; decision: string }> = [
  {
    page: 'EventChannelDetails',
    path: /\/_embedded\/communication\/rel$/,
    decision:
      "A nested resource's own rel comes only from its <property name=\"rel\">; the XML event sample leaves it out, so the decoded embedded resource has no rel (its key under _embedded is still communication).",
  },
  {
    page: 'ErrorsAndInformationalMessages',
    path: /^\/(debugInfo|parameters)$/,
    decision: 'Empty <debugInfo/> and <parameters/> decode to empty property bags ({}); the JSON sample simply omits them.',
  },
];

function explained(page: string, d: Difference): boolean {
  if (!d.known) return true; // model gap: the plan cannot type what it does not know
  if (knownErrors.some((e) => e.page === page && e.kind === 'example-disagrees' && e.name === d.name)) return true;
  return DECISIONS.some((x) => x.page === page && x.path.test(d.path));
}

function planOf(value: unknown): Plan | undefined {
  const rel = typeof value === 'object' && value && 'rel' in value ? (value as { rel: unknown }).rel : undefined;
  const type = typeof rel === 'string' ? planner.typeForRel(rel) : undefined;
  return type ? planner.planFor(type) : undefined;
}

const label = (page: string, method: string, index: number) => `${page} ${method} #${index}`;

describe.skipIf(!referenceDir)('reference twins (skipped: ../shared/ucwa-reference is absent)', () => {
  const twins = responseTwins();

  it('finds the 151 JSON/XML response twins', () => {
    expect(twins.length).toBe(151);
  });

  for (const t of twins) {
    it(`${label(t.page, t.operation.method, t.operation.index)}: XML decodes to the structure of the JSON twin`, () => {
      const xml = decodeXml(t.xml.body);
      const json = decodeJson(t.json.body);
      const diffs = compareResources(planner, planOf(xml) ?? planOf(json), xml, json);
      expect(diffs.filter((d) => !explained(t.page, d))).toEqual([]);
    });
  }
});

describe.skipIf(!referenceDir)('laws over every reference response example (skipped: reference absent)', () => {
  const examples = responseExamples();

  it('finds 151 examples of each form', () => {
    expect(examples.filter((e) => e.format === 'xml').length).toBe(151);
    expect(examples.filter((e) => e.format === 'json').length).toBe(151);
  });

  for (const e of examples) {
    const name = `${label(e.page, e.operation.method, e.operation.index)} ${e.format.toUpperCase()}`;
    if (e.format === 'xml') {
      it(`${name}: decodeXml(encodeXml(decodeXml(x))) == decodeXml(x), and the encoding is canonical`, () => {
        const v = decodeXml(e.example.body);
        const x2 = encodeXml(v);
        expect(decodeXml(x2)).toStrictEqual(v);
        expect(encodeXml(decodeXml(x2))).toBe(x2);
        expect(decodeJson(encodeJson(v))).toStrictEqual(v);
      });
    } else {
      it(`${name}: JSON round-trips, and XML keeps everything the model can type`, () => {
        const v = decodeJson(e.example.body);
        const text = encodeJson(v);
        expect(decodeJson(text)).toStrictEqual(v);
        expect(encodeJson(decodeJson(text))).toBe(text);
        const w = decodeXml(encodeXml(v));
        const diffs = compareResources(planner, planOf(v), w, v).filter((d) => !explained(e.page, d));
        expect(diffs).toEqual([]);
        expect(decodeXml(encodeXml(w))).toStrictEqual(w);
      });
    }
  }
});

describe.skipIf(!referenceDir)('concept page samples (skipped: reference absent)', () => {
  const body = (file: string, lang: 'json' | 'xml'): string => {
    const blocks = fencedBlocks(file).map((b) => b.join('\n').trim());
    const parses = (b: string): boolean => {
      try {
        JSON.parse(b);
        return true;
      } catch {
        return false;
      }
    };
    const found = blocks.find((b) => (lang === 'xml' ? b.startsWith('<?xml') : b.startsWith('{') && parses(b)));
    if (!found) throw new Error(`no ${lang} sample in ${file}`);
    return found;
  };

  it('EventChannelDetails: the XML event sample has the structure of the JSON one', () => {
    const xml = decodeXml(body('EventChannelDetails.md', 'xml')) as Events;
    const json = decodeJson(body('EventChannelDetails.md', 'json')) as Events;
    expect(Object.keys(xml._links).sort()).toEqual(Object.keys(json._links).sort());
    expect(xml.sender.map((s) => [s.rel, s.href])).toEqual(json.sender.map((s) => [s.rel, s.href]));
    const diffs: Difference[] = [];
    xml.sender.forEach((s, i) => {
      const twin = json.sender[i]!;
      expect(s.events.map((ev) => [ev.type, ev.link])).toEqual(twin.events.map((ev) => [ev.type, ev.link]));
      s.events.forEach((ev, j) => {
        const other = twin.events[j]!;
        expect(Object.keys(ev._embedded ?? {})).toEqual(Object.keys(other._embedded ?? {}));
        for (const key of Object.keys(ev._embedded ?? {})) {
          const a = ev._embedded![key], b = other._embedded![key];
          diffs.push(...compareResources(planner, planOf(b), a, b, `/sender/${i}/events/${j}/_embedded/${key}`));
        }
      });
    });
    expect(diffs.filter((d) => !DECISIONS.some((x) => x.page === 'EventChannelDetails' && x.path.test(d.path)) && d.known)).toEqual([]);
    expect(diffs.some((d) => d.path.endsWith('/_embedded/communication/rel'))).toBe(true);
  });

  it('ErrorsAndInformationalMessages: the XML error sample decodes to the JSON error fields', () => {
    const xml = decodeXml(body('ErrorsAndInformationalMessages.md', 'xml'));
    const json = decodeJson(body('ErrorsAndInformationalMessages.md', 'json'));
    const diffs = compareResources(planner, undefined, xml, json).filter((d) => !DECISIONS.some((x) => x.page === 'ErrorsAndInformationalMessages' && x.path.test(d.path)));
    expect(diffs).toEqual([]);
    expect(xml).toMatchObject({ debugInfo: {}, parameters: {} });
  });
});

interface Events {
  _links: Record<string, unknown>;
  sender: Array<{
    rel: string;
    href: string;
    events: Array<{ type: string; link: unknown; _embedded?: Record<string, unknown> }>;
  }>;
}
