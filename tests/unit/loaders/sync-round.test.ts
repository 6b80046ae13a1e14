import { describe, expect, it } from 'vitest';
import { syncRounds } from '../../../src/loaders/sync-round.ts';

const problem = (file: string) => ({ file, message: 'm', hint: 'h' });

describe('syncRounds', () => {
  it('gives every loader of a round the problems of all of them, once all have finished', async () => {
    const rounds = syncRounds(3);
    const [a, b, c] = [rounds.join(), rounds.join(), rounds.join()];
    let settled = false;
    const first = a.finish([problem('a')]).then((all) => ((settled = true), all));
    await Promise.resolve();
    expect(settled).toBe(false);
    const second = b.finish([]);
    const third = c.finish([problem('c')]);
    for (const all of await Promise.all([first, second, third])) {
      expect(all.map((p) => p.file)).toEqual(['a', 'c']);
    }
  });

  it('starts a new round once one is full', async () => {
    const rounds = syncRounds(1);
    expect(await rounds.join().finish([problem('x')])).toHaveLength(1);
    expect(await rounds.join().finish([])).toEqual([]);
  });
});
