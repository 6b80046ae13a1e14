import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../bench/lib/random.ts';

const draws = (seed: number, n = 20) => {
  const random = createRandom(seed);
  return Array.from({ length: n }, () => random.next());
};

describe('createRandom', () => {
  it('repeats its sequence for the same seed and changes it with the seed', () => {
    expect(draws(7)).toEqual(draws(7));
    expect(draws(7)).not.toEqual(draws(8));
    for (const x of draws(3, 1000)) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it('draws integers with both bounds reachable', () => {
    const random = createRandom(1);
    const seen = new Set(Array.from({ length: 500 }, () => random.int(2, 4)));
    expect([...seen].sort()).toEqual([2, 3, 4]);
  });

  it('samples distinct elements in their original order', () => {
    const random = createRandom(5);
    for (let i = 0; i < 100; i++) {
      const chosen = random.sample([1, 2, 3, 4, 5], 2);
      expect(chosen).toHaveLength(2);
      expect(chosen[0]).toBeLessThan(chosen[1]!);
    }
    expect(random.sample([1, 2], 5)).toEqual([1, 2]);
  });

  it('refuses to pick from an empty list', () => {
    expect(() => createRandom(1).pick([])).toThrow(RangeError);
  });
});
