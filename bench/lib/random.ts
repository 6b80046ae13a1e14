/**
 * A small seeded pseudo-random generator (mulberry32). The benchmark corpus must be the same on
 * every machine and every run, so that two measurements differ only by the code under test;
 * `Math.random()` cannot be seeded.
 */

/** Draws from one seeded stream; the same seed always yields the same sequence. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer from `min` to `max`, both included. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** `count` distinct elements of `items`, in their original order. */
  sample<T>(items: readonly T[], count: number): T[];
}

/** A generator for `seed` (any 32-bit integer). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick: the list is empty');
      return items[int(0, items.length - 1)]!;
    },
    sample: (items, count) => {
      // Selection sampling keeps the original order without sorting.
      const chosen = [];
      let needed = Math.min(count, items.length);
      for (let i = 0; i < items.length && needed > 0; i++) {
        if (next() * (items.length - i) < needed) {
          chosen.push(items[i]!);
          needed -= 1;
        }
      }
      return chosen;
    },
  };
}
