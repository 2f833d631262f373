/** Finding a type by the name a person types (src/validate/names.ts): exact, in another case, or near. */
import { describe, expect, it } from 'vitest';
import { bundle } from '../src/generated/schema-bundle.js';
import { planFor, resolveType } from '../src/schema/plan.js';
import { canonicalType, lookupType, nearRels } from '../src/validate/names.js';

describe('lookupType', () => {
  // [name, kind, expected] - regressions are rows.
  const rows: Array<[string, 'document' | 'document-or-enum', ReturnType<typeof lookupType>]> = [
    ['Note', 'document', { type: 'Note' }],
    ['note', 'document', { type: 'Note' }],
    ['NOTE', 'document', { type: 'Note' }], // another case, one type
    ['notepostinput', 'document', { type: 'NotePostInput' }],
    ['notee', 'document', { suggestions: ['note'] }],
    ['NotePostInpt', 'document', { suggestions: ['NotePostInput'] }],
    ['nothing-like-it', 'document', { suggestions: [] }],
    ['availability', 'document-or-enum', { type: 'Availability' }],
    ['Availabilty', 'document-or-enum', { suggestions: ['Availability'] }],
    ['Availabilty', 'document', { suggestions: [] }], // enumerations are no documents
  ];
  it.each(rows)('%s (%s)', (name, kind, expected) => {
    expect(lookupType(name, kind)).toEqual(expected);
  });

  it('reads every name of the model in another case as one type (none is ambiguous today)', () => {
    const byLower = new Map<string, Set<string>>();
    for (const [name, def] of Object.entries(bundle.definitions)) {
      for (const n of [name, def.ucwaPage, planFor(name)?.rel]) {
        if (typeof n !== 'string' || resolveType(n) === undefined) continue;
        const types = byLower.get(n.toLowerCase()) ?? new Set<string>();
        types.add(canonicalType(resolveType(n)!));
        byLower.set(n.toLowerCase(), types);
      }
    }
    expect([...byLower].filter(([, types]) => types.size > 1)).toEqual([]);
  });

  it('suggests rels near an unknown one', () => {
    expect(nearRels('notes')).toEqual(['note']);
    expect(nearRels('contatc')).toEqual(['contact']);
  });
});
