import { describe, expect, it } from 'vitest';
import { generate, stale } from '../scripts/generate-schemas.js';

describe('generated files', () => {
  it('match the model (run `npm run generate` after changing src/model/)', () => {
    const first = generate();
    expect(stale(first)).toEqual([]);
    // Same model, same bytes.
    expect(generate()).toEqual(first);
  }, 120_000);
});
