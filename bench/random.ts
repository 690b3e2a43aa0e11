/**
 * A seeded pseudo-random number generator, so that every run of the benchmark measures the
 * same synthetic pipeline.
 */

export interface Random {
  /** Returns a number in [0, 1). */
  next(): number;
  /** Returns a whole number in [min, max], both ends included. */
  integer(min: number, max: number): number;
  /** Returns one item of a non-empty list, each with the same chance. */
  pick<Item>(items: readonly Item[]): Item;
  /** Returns true with the given chance (0 to 1). */
  chance(probability: number): boolean;
}

/**
 * Creates a Mulberry32 generator: 32 bits of state, a period of 2^32, fast, and good enough
 * for test data (not for cryptography).
 *
 * @example createRandom(1).integer(1, 6) // the same face on every machine
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    integer: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (probability) => next() < probability,
  };
}
