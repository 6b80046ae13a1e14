/**
 * Writing a review folder survives a failure, or the process being killed, between any two of its
 * file-system steps: the folder is whole afterwards, old or new (or, killed between the two
 * renames, whole in the backup), and the next run puts it in place and says what it did.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { importReview } from '../../../../scripts/import/import-review.ts';
import {
  pendingImports,
  recoverInterruptedImports,
} from '../../../../scripts/import/interrupted.ts';
import { ReviewWriteError, writeReviewFolder } from '../../../../scripts/import/write.ts';
import { KEEP, NEW_FILES, writeOldFolder } from '../../../fixtures/import/review-folders.ts';
import { snapshot } from '../../../fixtures/import/snapshot.ts';

const run = promisify(execFile);

/** The journal of an import whose process has ended (no process has so high an id). */
const DEAD_JOURNAL = JSON.stringify({ pid: 99_999_999, host: hostname(), started: '' });

/** A content folder holding the old review folder `reviews/demo`. */
async function oldReview() {
  const reviews = join(await mkdtemp(join(tmpdir(), 'write-')), 'reviews');
  const folder = join(reviews, 'demo');
  await writeOldFolder(folder);
  return { reviews, folder };
}

let OLD: string[] = [];
let NEW: string[] = [];
/** Every file-system step of the write, in order. */
let STEPS: string[] = [];

beforeAll(async () => {
  const { reviews, folder } = await oldReview();
  OLD = await snapshot(folder);
  STEPS = [];
  const notes = await writeReviewFolder(folder, NEW_FILES, {
    keep: KEEP,
    beforeStep: (step) => void STEPS.push(step),
  });
  expect(notes).toEqual([]);
  NEW = await snapshot(folder);
  expect(await readdir(reviews)).toEqual(['demo']);
});

describe('writeReviewFolder', () => {
  it('replaces the folder, keeping the files it is told to and every permission', () => {
    expect(STEPS).toEqual([
      'lock',
      'stage',
      'write review.mdx',
      'write findings/1-1.mdx',
      'write causes/1.mdx',
      'copy source.txt',
      'modes',
      'sync',
      'move-old',
      'move-new',
      'remove-old',
      'unlock',
    ]);
    expect(NEW).toEqual([
      '/ 750',
      'causes/ 755',
      `causes/1.mdx 644 ${JSON.stringify(NEW_FILES[2]!.content)}`,
      'findings/ 755',
      `findings/1-1.mdx 640 ${JSON.stringify(NEW_FILES[1]!.content)}`,
      `review.mdx 640 ${JSON.stringify(NEW_FILES[0]!.content)}`,
      'source.txt 600 "原文\\n"',
    ]);
  });

  it('leaves the old folder as it was, and nothing beside it, when any step fails', async () => {
    for (const failing of STEPS) {
      const { reviews, folder } = await oldReview();
      const write = writeReviewFolder(folder, NEW_FILES, {
        keep: KEEP,
        beforeStep: (step) => {
          if (step === failing) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
        },
      });
      if (failing === 'remove-old' || failing === 'unlock') {
        // The new folder is in place: what is left over is said, and the next run removes it.
        expect(await write, failing).toEqual([expect.stringContaining('新内容已写入，但未能删除')]);
        expect(await snapshot(folder), failing).toEqual(NEW);
        // The journal names this process, still running; the next run comes after it exited.
        if (failing === 'unlock') await writeFile(join(reviews, '.demo.import.json'), DEAD_JOURNAL);
        expect((await recoverInterruptedImports(reviews)).map((r) => r.action)).toEqual([
          failing === 'remove-old' ? 'completed' : 'cleaned',
        ]);
      } else {
        const error = await write.catch((e: unknown) => e);
        expect(error, failing).toBeInstanceOf(ReviewWriteError);
        expect((error as Error).message).toContain('磁盘空间不足（ENOSPC）。原有内容没有改动。');
        expect(await snapshot(folder), failing).toEqual(OLD);
      }
      expect(await readdir(reviews), failing).toEqual(['demo']);
    }
  });

  // Each step kills a child process of its own: a second or more each on a busy machine.
  it(
    'leaves the old or the new folder whole when the process is killed before any step',
    { timeout: 60_000 },
    async () => {
      const script = 'tests/fixtures/import/write-and-die.ts';
      const outcomes = await Promise.all(
        STEPS.map(async (step, i) => {
          const { reviews, folder } = await oldReview();
          const child = await run(process.execPath, [script, folder, step]).then(
            () => 'exited',
            (error: unknown) => (error as { signal?: string }).signal,
          );
          expect(child, step).toBe('SIGKILL');
          const pending = await pendingImports(reviews);
          // Whole where it is: in the folder, or, between the renames, in the backup.
          const present = (await stat(folder).catch(() => undefined)) !== undefined;
          const whole = present ? await snapshot(folder) : await snapshot(pending[0]!.backup!);
          expect([OLD, NEW], step).toContainEqual(whole);
          // The build can tell, unless the import was killed before it began.
          expect(pending.length, step).toBe(i === 0 ? 0 : 1);
          if (!present) expect(pending[0]?.message, step).toContain('npm run import -- --recover');

          const recoveries = await recoverInterruptedImports(reviews);
          expect(await readdir(reviews), step).toEqual(['demo']);
          expect(await pendingImports(reviews), step).toEqual([]);
          return {
            step,
            action: recoveries[0]?.action,
            after: await snapshot(folder),
            message: recoveries[0]?.message ?? '',
          };
        }),
      );
      for (const { step, action, after, message } of outcomes) {
        const swapped = step === 'remove-old' || step === 'unlock';
        expect(after, step).toEqual(swapped ? NEW : OLD);
        const expected =
          step === 'lock'
            ? undefined
            : step === 'move-new'
              ? 'restored'
              : step === 'remove-old'
                ? 'completed'
                : 'cleaned';
        expect(action, step).toBe(expected);
        if (action) expect(message, step).toMatch(/^\S+demo：上次导入/);
      }
    },
  );

  it('refuses while another import holds the folder, and leaves its files alone', async () => {
    const { reviews, folder } = await oldReview();
    // This process is alive: to the writer, its journal is that of an import still running.
    await writeFile(
      join(reviews, '.demo.import.json'),
      JSON.stringify({ pid: process.pid, host: hostname(), started: '' }),
    );
    await mkdir(join(reviews, '.demo.import-new'));
    const error = await writeReviewFolder(folder, NEW_FILES, { keep: KEEP }).catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toContain('正由另一个导入写入');
    expect((await pendingImports(reviews))[0]).toMatchObject({ active: true, folderPresent: true });
    expect((await recoverInterruptedImports(reviews))[0]?.action).toBe('skipped');
    expect(await readdir(reviews)).toEqual(['.demo.import-new', '.demo.import.json', 'demo']);
    expect(await snapshot(folder)).toEqual(OLD);
  });
});

describe('recoverInterruptedImports', () => {
  it('puts back the backup an earlier importer version left when it was stopped', async () => {
    const { reviews, folder } = await oldReview();
    await rename(folder, join(reviews, '.demo.import-Ab12Cd.old'));
    await mkdir(join(reviews, '.demo.import-Ab12Cd'));
    expect((await pendingImports(reviews))[0]).toMatchObject({
      folderPresent: false,
      backup: join(reviews, '.demo.import-Ab12Cd.old'),
    });
    const [recovery] = await recoverInterruptedImports(reviews);
    expect(recovery?.action).toBe('restored');
    expect(recovery?.message).toContain('已把导入前的内容放回原处');
    expect(await snapshot(folder)).toEqual(OLD);
    expect(await readdir(reviews)).toEqual(['demo']);
  });

  it('keeps an earlier version’s backup beside a folder imported afresh, and says so', async () => {
    const { reviews, folder } = await oldReview();
    const backup = join(reviews, '.demo.import-Ab12Cd.old');
    await writeOldFolder(backup);
    const [recovery] = await recoverInterruptedImports(reviews);
    expect(recovery?.kept).toEqual([backup]);
    expect(recovery?.message).toContain('其中可能有手工填写的关系和台账字段');
    expect(await snapshot(backup)).toEqual(OLD);
    // The build is still told, until a person has looked at it.
    expect((await pendingImports(reviews))[0]?.message).toContain('较早版本留下的备份');
    expect(await snapshot(folder)).toEqual(OLD);
  });

  it('is run by the next import, which reports it', async () => {
    const { reviews, folder } = await oldReview();
    await writeFile(join(reviews, '.demo.import.json'), DEAD_JOURNAL);
    await rename(folder, join(reviews, '.demo.import-old'));
    const document = join(reviews, '..', 'doc.txt');
    await writeFile(document, 'XX局对照检查材料\n一、存在的问题\n（一）方面\n一是问题。\n');
    const report = await importReview({
      file: document,
      review: 'other',
      contentDir: join(reviews, '..'),
    });
    expect(report.recovered).toEqual([
      expect.objectContaining({ review: 'demo', action: 'restored' }),
    ]);
    expect(await snapshot(folder)).toEqual(OLD);
    expect((await readdir(reviews)).sort()).toEqual(['demo', 'other']);
  });
});
