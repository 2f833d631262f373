/**
 * A set of strings for the duplicate-attribute checks of one element,
 * linear in the number of names and flat per name: open addressing over
 * one Int32Array of (hash, index) pairs, the names themselves left in the
 * caller's array (read back by index). Measured on this machine, a built-in Set of 16,000 names costs
 * about 3-5x per name what a Set of 2,000 costs (its entries and the
 * strings' cached hashes scatter over the heap); this table stays compact,
 * and a name is compared only when its 32-bit hash matches.
 */
export class NameSet {
  /** Pairs: hash, then 1 + the index of the name (0: empty slot). */
  private slots = new Int32Array(128);
  private size = 0;

  /**
   * `nameOf` gives back the name added with an index (the caller keeps the
   * names, in the array it has anyway: a large array of its own here would
   * be written to with every name, which the engine makes costly for arrays
   * in its large-object space, and a per-name cost must not grow).
   */
  constructor(private readonly nameOf: (index: number) => string) {}

  /** Adds `name`, found again as `nameOf(index)`; false when it was already there. */
  add(name: string, index: number): boolean {
    // Grown at half load, so probes stay short.
    if ((this.size + 1) * 4 > this.slots.length) this.grow();
    const h = hash(name);
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const k = slots[2 * i + 1]!;
      if (k === 0) {
        slots[2 * i] = h;
        slots[2 * i + 1] = index + 1;
        this.size++;
        return true;
      }
      if (slots[2 * i] === h && this.nameOf(k - 1) === name) return false;
    }
  }

  private grow(): void {
    const old = this.slots;
    const slots = (this.slots = new Int32Array(old.length * 2));
    const mask = (slots.length >> 1) - 1;
    for (let j = 0; j < old.length; j += 2) {
      if (old[j + 1] === 0) continue;
      let i = old[j]! & mask;
      while (slots[2 * i + 1] !== 0) i = (i + 1) & mask;
      slots[2 * i] = old[j]!;
      slots[2 * i + 1] = old[j + 1]!;
    }
  }
}

/** FNV-1a over the UTF-16 code units. */
function hash(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h;
}
