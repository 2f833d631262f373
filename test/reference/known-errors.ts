/**
 * The one list of places where Microsoft's UCWA 2.0 reference pages are
 * wrong or inconsistent, and what the model does instead. The reference
 * tests (test/reference-*.test.ts) fail on any disagreement between the
 * pages and the model that is not listed here.
 *
 * kind:
 *  - 'missing-property' | 'missing-link': the page documents `name` but the
 *    model leaves it out (or models it under another name); say why.
 *  - 'missing-enum-member': an enumeration page lacks a member (`name`) that
 *    examples use; the model includes it.
 *  - 'example-disagrees': an example of the page (`name` = property or link)
 *    disagrees with the model's type or name; say what the model decided.
 *  - 'other': anything else, with `name` naming the thing.
 */
export interface KnownError {
  page: string;
  kind: 'missing-property' | 'missing-link' | 'missing-enum-member' | 'example-disagrees' | 'other';
  name: string;
  reason: string;
}

export const knownErrors: KnownError[] = [
  // --- pages a-c ---
  // --- end a-c ---
  // --- pages d-m ---
  // --- end d-m ---
  // --- pages n-p ---
  // --- end n-p ---
  // --- pages q-z ---
  // --- end q-z ---
  // --- enums, errors, events, other ---
  // --- end enums ---
];
