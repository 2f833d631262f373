/**
 * What counts as a near miss (src/validate/near.ts), and the measurement of
 * the catalogue that the threshold comes from: no two members of one
 * enumeration and no two names of one type are near each other, except the
 * pairs listed (and explained) below.
 */
import { describe, expect, it } from 'vitest';
import { bundle } from '../src/generated/schema-bundle.js';
import { planFor } from '../src/schema/plan.js';
import { didYouMean, isNear, NEAR_MIN_LENGTH, nearest } from '../src/validate/near.js';

/** Optimal string alignment distance (one swap of neighbours counts as one edit), ignoring case. */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const d = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[x.length]![y.length]!;
}

/** Every place whose names must stay apart: each enumeration's members; each type's properties, links and embedded names together. */
function places(): Array<{ place: string; names: string[] }> {
  const out: Array<{ place: string; names: string[] }> = [];
  for (const [name, def] of Object.entries(bundle.definitions)) {
    if (def.ucwaKind === 'enum') {
      out.push({ place: name, names: (def.enum ?? (def.const !== undefined ? [def.const] : [])) as string[] });
      continue;
    }
    const plan = planFor(name);
    if (plan) out.push({ place: name, names: [...new Set([...plan.properties.keys(), ...plan.links.keys(), ...plan.embedded.keys()])] });
  }
  return out;
}

function pairsWhere(test: (a: string, b: string) => boolean): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const { place, names } of places()) {
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        if (!test(names[i]!, names[j]!)) continue;
        const key = [names[i]!, names[j]!].sort().join(' ~ ');
        found.set(key, [...(found.get(key) ?? []), place]);
      }
    }
  }
  return found;
}

/**
 * Real names of one type that are near each other, and why that is harmless.
 * A pair leaves this list when the model changes; the test fails on a stale entry.
 */
const KNOWN_NEAR_PAIRS: Record<string, string> = {
  'Uri ~ uri':
    'mediaRelayAccessToken: the page documents `uri`, its examples write `Uri`, and the model accepts both. ' +
    'Both are known at that place, so neither is ever reported; a third spelling (`URI`) gets "did you mean `uri` or `Uri`?".',
  'eject ~ reject':
    'Two links of participant (and the types sharing its fields): one letter apart, both known at that place, so ' +
    'neither is reported; a misspelling near both (`ejct`) names the nearer first.',
  'onlineMeetingExtension ~ onlineMeetingExtensions':
    'onlineMeeting and kin: a link (`onlineMeetingExtensions`) and an embedded array (`onlineMeetingExtension`). ' +
    'Links and embedded names are different places, never compared with each other.',
};

describe('near: the catalogue measured', () => {
  it('no two members of one enumeration, and no two names of one type, are near, except the known pairs', () => {
    const near = pairsWhere(isNear);
    expect([...near.keys()].sort()).toEqual(Object.keys(KNOWN_NEAR_PAIRS).sort());
    // None of the known pairs is inside an enumeration: every enum's members are far apart.
    const enums = new Set(Object.entries(bundle.definitions).filter(([, d]) => d.ucwaKind === 'enum').map(([n]) => n));
    expect([...near.values()].flat().filter((place) => enums.has(place))).toEqual([]);
  });

  it('two edits would make real names near at every length, so one edit is the most', () => {
    const twoApart = pairsWhere((a, b) => distance(a, b) === 2);
    for (const pair of ['Offline ~ Online', 'tcpPort ~ udpPort', 'maximumAudioPort ~ minimumAudioPort', 'External ~ Internal']) {
      expect(twoApart.has(pair), pair).toBe(true);
    }
    const lengths = [...twoApart.keys()].map((k) => Math.min(...k.split(' ~ ').map((n) => n.length)));
    expect(Math.min(...lengths)).toBeLessThanOrEqual(2);
    expect(Math.max(...lengths)).toBeGreaterThanOrEqual(20);
  });

  it('one edit apart, the real pairs differ in a digit or are the known pairs', () => {
    const oneApart = pairsWhere((a, b) => a.toLowerCase() !== b.toLowerCase() && distance(a, b) === 1);
    const digits = [...oneApart.keys()].filter((k) => /\d/.test(k));
    expect(digits).toEqual(['ipv4 ~ ipv6']);
    const rest = [...oneApart.keys()].filter((k) => !/\d/.test(k)).sort();
    expect(rest).toEqual(Object.keys(KNOWN_NEAR_PAIRS).filter((k) => !/^(\w+) ~ \1$/i.test(k)).sort());
  });
});

describe('near: the rule', () => {
  // [a, b, near?] - regressions are rows.
  const rows: Array<[string, string, boolean]> = [
    ['Persnal', 'Personal', true], // a letter missing
    ['mesage', 'message', true],
    ['Personnal', 'Personal', true], // a letter too many
    ['Persomal', 'Personal', true], // a letter replaced
    ['sefl', 'self', true], // neighbours swapped
    ['strcit', 'strict', true],
    ['personal', 'Personal', true], // case only, at any length
    ['ID', 'id', true],
    ['NOTE', 'note', true],
    ['notee', 'note', true],
    ['Personal', 'Personal', false], // the same name is no miss
    ['Offline', 'Online', false], // two edits
    ['ipv4', 'ipv6', false], // another digit: a variant, not a typo
    ['myGroups2', 'myGroups', false],
    ['applications', 'applications2', false],
    ['id', 'ip', false], // too short for an edit
    ['nte', 'note', false],
    ['Busy', 'Busi', true], // four characters: the shortest with an edit
    ['x'.repeat(10_000), 'y', false], // far apart in length: no work
  ];
  it.each(rows)('%s ~ %s: %s', (a, b, expected) => {
    expect(isNear(a, b)).toBe(expected);
    expect(isNear(b, a)).toBe(expected);
  });

  it('has the minimum length the module header states', () => {
    expect(NEAR_MIN_LENGTH).toBe(4);
  });

  it('lists the near candidates closest first, each once, and words the suggestion', () => {
    expect(nearest('URI', ['uri', 'Uri', 'url'])).toEqual(['uri', 'Uri']);
    expect(nearest('notee', ['Note', 'note', 'notes'])).toEqual(['note', 'notes', 'Note']);
    expect(nearest('zzzz', ['Personal'])).toEqual([]);
    expect(nearest('abcd', ['abce', 'abcf', 'abcg', 'abch'], 2)).toEqual(['abce', 'abcf']);
    expect(didYouMean([])).toBe('');
    expect(didYouMean(['Personal'])).toBe(' (did you mean `Personal`?)');
    expect(didYouMean(['a', 'b', 'c'], (n) => `"${n}"`)).toBe(' (did you mean "a", "b" or "c"?)');
  });
});
