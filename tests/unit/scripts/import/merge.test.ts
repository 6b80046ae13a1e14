/** Re-importing a review: text follows the document, everything edited by hand stays. */
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DocumentError, importReview } from '../../../../scripts/import/import-review.ts';
import { splitMdxFile } from '../../../../scripts/shared/mdx.ts';

const DOCUMENT = [
  'XX局局长巡察整改专题民主生活会对照检查材料',
  '根据要求，现报告如下：',
  '一、存在的主要问题',
  '（一）学习方面',
  '一是学习不深入。本人学习不够。',
  '二是调研不够。本人调研少。',
  '二、原因分析',
  '（一）理论学习不够。',
  '（二）担当不够。',
  '三、整改措施',
  '（一）强化学习。',
  '（二）转变作风。',
];

let dir = '';
let folder = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'import-merge-'));
  folder = join(dir, 'reviews', 'demo');
});

async function run(lines: string[], options: { force?: boolean } = {}) {
  const file = join(dir, 'doc.txt');
  await writeFile(file, lines.join('\n'));
  return importReview({ file, review: 'demo', contentDir: dir, ...options });
}

const read = (path: string) => readFile(join(folder, path), 'utf8');
const frontMatter = async (path: string) =>
  parse(splitMdxFile(await read(path))!.frontMatter) as Record<string, unknown>;
const files = async (sub: string) => (await readdir(join(folder, sub))).sort();

/** Links the findings as a person would, with a comment giving the reason. */
async function linkByHand() {
  const text = await read('findings/1-2.mdx');
  await writeFile(
    join(folder, 'findings/1-2.mdx'),
    text
      .replace('causes: []', '# 依据：调研少见原因（二）\ncauses: [2]')
      .replace('measures: []', 'measures: [1, 2]'),
  );
  const review = await read('review.mdx');
  await writeFile(
    join(folder, 'review.mdx'),
    review.replace('role: 局长', 'role: 局党组书记、局长\nauthor: 张三'),
  );
}

describe('importReview on a review imported before', () => {
  it('updates the text and keeps relations, comments and facts filled in by hand', async () => {
    await run(DOCUMENT);
    await linkByHand();
    const report = await run(
      DOCUMENT.map((l) => l.replace('本人调研少。', '本人深入基层调研少。')),
    );
    expect(report.plan.mode).toBe('update');
    expect(report.plan.changed).toEqual(['findings/1-2.mdx']);
    const finding = await read('findings/1-2.mdx');
    expect(finding).toContain('# 依据：调研少见原因（二）\ncauses: [2]\nmeasures: [1, 2]');
    expect(finding).toContain('二是调研不够。本人深入基层调研少。');
    expect(await frontMatter('review.mdx')).toMatchObject({
      role: '局党组书记、局长',
      author: '张三',
    });
  });

  it('moves relations along when the document renumbers causes, and drops those it removed', async () => {
    await run(DOCUMENT);
    await linkByHand();
    // A new cause before the others; 担当不够 is now （三）; measure （二） is gone.
    const edited = [
      ...DOCUMENT.slice(0, 7),
      '（一）宗旨意识淡化。',
      '（二）理论学习不够。',
      '（三）担当不够。',
      '三、整改措施',
      '（一）强化学习。',
    ];
    const report = await run(edited);
    expect(await frontMatter('findings/1-2.mdx')).toMatchObject({ causes: [3], measures: [1] });
    expect(await files('causes')).toEqual(['1.mdx', '2.mdx', '3.mdx']);
    expect(await files('measures')).toEqual(['1.mdx']);
    expect(report.plan.removed).toEqual(['measures/2.mdx']);
    expect(report.plan.notes).toEqual(
      expect.arrayContaining([
        'findings/1-2.mdx：causes 中的 2 改为 3，跟随重新编号的原因',
        'findings/1-2.mdx：measures 中去掉了 2：材料中已经没有这条措施',
        'measures/2.mdx（“转变作风”）已删除：材料中已经没有这一条',
      ]),
    );
  });

  it('follows the document when findings move into one paragraph or out of it again', async () => {
    await run(DOCUMENT);
    await linkByHand();
    const joined = [...DOCUMENT.slice(0, 4), `${DOCUMENT[4]}${DOCUMENT[5]}`, ...DOCUMENT.slice(6)];
    await run(joined);
    expect(await frontMatter('findings/1-2.mdx')).toMatchObject({
      paragraph: 'continues',
      causes: [2],
    });
    await run(DOCUMENT);
    const after = await frontMatter('findings/1-2.mdx');
    expect(after).not.toHaveProperty('paragraph');
    expect(after).toMatchObject({ causes: [2], measures: [1, 2] });
  });

  it('keeps files that are not entries, such as the source text', async () => {
    await run(DOCUMENT);
    await writeFile(join(folder, 'source.txt'), DOCUMENT.join('\n'));
    await run(DOCUMENT);
    expect(await read('source.txt')).toBe(DOCUMENT.join('\n'));
  });

  it('refuses to write over another review, and replaces it with --force', async () => {
    await run(DOCUMENT);
    const other = [
      'YY委主任巡察整改专题民主生活会对照检查材料',
      '一、存在的问题',
      '（一）作风方面',
      '一是作风不实。',
      '二是纪律松弛。',
      '三是担当不够。',
    ];
    const error = await run(other).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentError);
    expect((error as DocumentError).message).toContain(
      '应为空文件夹，或者同一份材料以前导入的内容，实际是另一份材料：“XX局局长巡察整改专题民主生活会对照检查材料”（',
    );
    expect((error as DocumentError).hint).toContain('--force');
    expect(await files('causes')).toEqual(['1.mdx', '2.mdx']);

    const report = await run(other, { force: true });
    expect(report.plan.mode).toBe('replace');
    expect(await readdir(folder)).toEqual(['findings', 'review.mdx']);
    expect(await files('findings')).toEqual(['1-1.mdx', '1-2.mdx', '1-3.mdx']);
  });

  it('fills in a placeholder once the document states the fact, but never replaces a value with one', async () => {
    await run(['根据要求，现报告如下：', ...DOCUMENT.slice(2)]);
    expect(await frontMatter('review.mdx')).toMatchObject({
      title: '待填写：材料标题',
      organization: '待填写：单位名称',
    });
    const review = await read('review.mdx');
    await writeFile(
      join(folder, 'review.mdx'),
      review.replace('待填写：材料标题', '手工填写的标题'),
    );
    await run(['根据要求，现报告如下：', ...DOCUMENT.slice(2)]);
    expect(await frontMatter('review.mdx')).toMatchObject({ title: '手工填写的标题' });
    await run(DOCUMENT);
    expect(await frontMatter('review.mdx')).toMatchObject({
      title: DOCUMENT[0],
      organization: 'XX局',
    });
  });
});
