/**
 * The collections of one content sync report their problems as one list. Astro runs the
 * collections' loaders side by side and stops at the first that fails, so a mistake in a review
 * file would hide every mistake in its findings until the next build; each loader instead waits
 * for the others of its round and fails with the problems of all of them.
 */
import type { ContentProblem } from '../model/content-error.ts';

/** A group of loaders that finish together. */
export interface SyncRound {
  /**
   * Records one loader's problems; resolves, once every loader of the round has finished, with
   * the problems of all of them (in the order the loaders finished).
   */
  finish(problems: ContentProblem[]): Promise<ContentProblem[]>;
}

/**
 * Rounds of `size` loaders: the first `size` calls of `join()` form one round, the next `size`
 * another (the next sync, in `astro dev`).
 */
export function syncRounds(size: number): { join(): SyncRound } {
  let current: { joined: number; finished: number; problems: ContentProblem[] } | undefined;
  let release: (problems: ContentProblem[]) => void = () => {};
  let done: Promise<ContentProblem[]> = Promise.resolve([]);
  return {
    join() {
      if (!current || current.joined === size) {
        current = { joined: 0, finished: 0, problems: [] };
        done = new Promise((resolve) => (release = resolve));
      }
      const round = current;
      const finished = done;
      const resolve = release;
      round.joined++;
      return {
        finish(problems) {
          round.problems.push(...problems);
          round.finished++;
          if (round.finished === size) resolve(round.problems);
          return finished;
        },
      };
    },
  };
}
