/**
 * Where the commands may write: every path that is, holds or lies inside the project, its sources
 * or a content folder is refused with a message naming it; a folder to be replaced whole must be
 * new, empty or a site this project built; links are followed before deciding.
 */
import { mkdir, mkdtemp, realpath, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MARKER_FILE, writeMarker } from '../../../../scripts/shared/build-marker.ts';
import {
  checkFilesFolder,
  checkOutputFile,
  checkSiteFolder,
  isInside,
  OutputTargetError,
  projectPaths,
  type ProjectPaths,
} from '../../../../scripts/shared/output-target.ts';

let base: string;
let root: string;
let paths: ProjectPaths;
const option = (typed: string) => ({ option: '--outDir', typed, example: 'dist' });
const zipOption = (typed: string) => ({ option: '--zip', typed, example: 'dist-offline.zip' });

async function file(path: string, text = ''): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
  return path;
}

/** The message `check` refuses with; fails the test if it does not refuse. */
async function refusal(check: Promise<unknown>): Promise<string> {
  const error = await check.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OutputTargetError);
  return (error as Error).message;
}

const site = (path: string) => checkSiteFolder(path, option(path), paths);

beforeAll(async () => {
  // A project of its own: sources, version control, dependencies and content with a review.
  base = await realpath(await mkdtemp(join(tmpdir(), 'output-target-')));
  root = join(base, 'project');
  for (const dir of ['src', 'scripts', 'tests', 'public', '.git', 'node_modules/.astro']) {
    await mkdir(join(root, dir), { recursive: true });
  }
  await file(join(root, 'package.json'), '{}');
  await file(join(root, 'content/reviews/demo/review.mdx'), '---\ntitle: 示例\n---\n');
  paths = projectPaths(join(base, 'elsewhere/content'), root);
  await file(join(base, 'elsewhere/content/reviews/other/review.mdx'), '---\n');
});

describe('a folder a build replaces whole', () => {
  it('refuses the project itself, naming it and saying what would be lost', async () => {
    const message = await refusal(checkSiteFolder(root, option('.'), paths));
    expect(message).toContain(`--outDir .（${root}）：这就是本项目的文件夹`);
    expect(message).toContain('原有的文件都会被删除');
    expect(message).toContain('改法：用 --outDir 指定一个新的或空的文件夹，如 --outDir dist');
  });

  it('refuses a folder holding the project', async () => {
    expect(await refusal(site(base))).toContain(`其中有本项目的文件夹 ${root}`);
  });

  it('refuses the content folder, a folder inside it, and CONTENT_DIR’s folder', async () => {
    expect(await refusal(site(join(root, 'content')))).toContain('这就是材料的内容文件夹 content/');
    expect(await refusal(site(join(root, 'content/reviews/new')))).toContain(
      '它在材料的内容文件夹 content/ 之中',
    );
    const elsewhere = join(base, 'elsewhere/content');
    expect(await refusal(site(elsewhere))).toContain(`这就是材料的内容文件夹 ${elsewhere}`);
    expect(await refusal(site(join(base, 'elsewhere')))).toContain(
      `其中有材料的内容文件夹 ${elsewhere}`,
    );
  });

  it('refuses the sources, version control and dependencies, and anything inside them', async () => {
    expect(await refusal(site(join(root, 'src')))).toContain('这就是网站的源代码 src/');
    expect(await refusal(site(join(root, 'tests/site')))).toContain('它在测试 tests/ 之中');
    expect(await refusal(site(join(root, '.git')))).toContain('项目的版本库 .git/');
    expect(await refusal(site(join(root, 'node_modules/.astro/x')))).toContain('node_modules/');
  });

  it('takes a new folder, an empty one and an earlier build of the project', async () => {
    expect(await site(join(root, 'dist'))).toEqual({
      path: join(root, 'dist'),
      real: join(root, 'dist'),
      found: 'nothing',
    });
    await mkdir(join(base, 'empty'));
    expect((await site(join(base, 'empty'))).found).toBe('empty');
    await file(join(base, 'marked/index.html'));
    await writeMarker(join(base, 'marked'));
    expect((await site(join(base, 'marked'))).found).toBe('earlier-build');
  });

  it('takes a site built before the marker existed, online or offline', async () => {
    await file(join(base, 'old-site/permalinks.json'), '{}');
    await mkdir(join(base, 'old-site/pagefind'));
    expect((await site(join(base, 'old-site'))).found).toBe('earlier-build');
    await file(join(base, 'old-offline/permalinks.json'), '{}');
    await file(join(base, 'old-offline/search/search-index.js'));
    expect((await site(join(base, 'old-offline'))).found).toBe('earlier-build');
  });

  it('refuses a folder holding other files, listing some of them', async () => {
    const folder = join(base, 'papers');
    await file(join(folder, 'notes.txt'), '要点');
    await file(join(folder, 'permalinks.json'), '{}');
    const message = await refusal(site(folder));
    expect(message).toContain('这个文件夹中已有 2 项（notes.txt、permalinks.json）');
    expect(message).toContain(`没有 ${MARKER_FILE} 标记文件`);
    expect(message).toContain('先把其中的文件移走');
  });

  it('refuses a file', async () => {
    expect(await refusal(site(join(root, 'package.json')))).toContain('这是一个文件，不是文件夹');
  });

  it('follows a link: to a site outside the project, or into the content', async () => {
    await file(join(base, 'www/site/index.html'));
    await writeMarker(join(base, 'www/site'));
    await symlink(join(base, 'www/site'), join(root, 'dist-link'));
    expect(await site(join(root, 'dist-link'))).toEqual({
      path: join(root, 'dist-link'),
      real: join(base, 'www/site'),
      found: 'earlier-build',
    });
    await symlink(join(root, 'content'), join(root, 'content-link'));
    const message = await refusal(site(join(root, 'content-link')));
    expect(message).toContain(`链接指向 ${join(root, 'content')}：这就是材料的内容文件夹 content/`);
    // A folder that does not exist yet, below a link.
    expect(await refusal(site(join(root, 'content-link/reviews/x')))).toContain(
      '它在材料的内容文件夹 content/ 之中',
    );
  });

  it('refuses a link to nothing, saying where it leads', async () => {
    await symlink(join(base, 'gone'), join(base, 'dangling'));
    expect(await refusal(site(join(base, 'dangling')))).toContain(
      `是指向 ${join(base, 'gone')} 的链接，但 ${join(base, 'gone')} 不存在`,
    );
  });
});

describe('a file a command writes', () => {
  const zip = (path: string) => checkOutputFile(path, 'zip', zipOption(path), paths);

  it('refuses a review’s file, whatever its name', async () => {
    const review = join(root, 'content/reviews/demo/review.mdx');
    const message = await refusal(zip(review));
    expect(message).toContain(
      '它在材料文件夹 content/reviews/（其中的文件都会被当作材料读取）之中',
    );
    expect(await refusal(zip(join(base, 'elsewhere/content/reviews/a.zip')))).toContain(
      '材料文件夹',
    );
  });

  it('refuses the sources, and a name of another kind', async () => {
    expect(await refusal(zip(join(root, 'src/site.zip')))).toContain('它在网站的源代码 src/ 之中');
    expect(await refusal(zip(join(base, 'site.tar')))).toContain('文件名应以 .zip 结尾');
  });

  it('takes a new file in the project, beside the reviews, or outside', async () => {
    for (const path of [
      join(root, 'dist-offline.zip'),
      join(root, 'content/site.zip'),
      join(base, 'site.zip'),
    ]) {
      expect(await zip(path)).toEqual({ path, real: path, exists: false });
    }
  });

  it('replaces a file of its kind or an empty one, and refuses any other', async () => {
    await file(join(base, 'old.zip'), 'PK\x03\x04rest of an archive');
    expect((await zip(join(base, 'old.zip'))).exists).toBe(true);
    await file(join(base, 'empty.zip'));
    expect((await zip(join(base, 'empty.zip'))).exists).toBe(true);
    await file(join(base, 'notes.zip'), '会议记录');
    expect(await refusal(zip(join(base, 'notes.zip')))).toContain(
      '这个文件已经存在，但不是 zip 压缩文件，写入会把它覆盖',
    );
    await file(join(base, 'report.pdf'), 'PK\x03\x04');
    expect(
      await refusal(checkOutputFile(join(base, 'report.pdf'), 'pdf', zipOption('x'), paths)),
    ).toContain('不是 PDF 文件');
    await mkdir(join(base, 'folder.zip'));
    expect(await refusal(zip(join(base, 'folder.zip')))).toContain('这是一个文件夹');
  });
});

describe('a folder a command adds files to', () => {
  const folder = (path: string) =>
    checkFilesFolder(path, { option: '--out', typed: path, example: 'dist-pdf' }, paths);

  it('takes a folder beside the reviews, the project’s own or one outside it', async () => {
    expect(await folder(join(root, 'content'))).toBe(join(root, 'content'));
    expect(await folder(root)).toBe(root);
    expect(await folder(join(base, 'pdf'))).toBe(join(base, 'pdf'));
  });

  it('refuses the reviews, the sources and a file', async () => {
    expect(await refusal(folder(join(root, 'content/reviews')))).toContain('这就是材料文件夹');
    expect(await refusal(folder(join(root, 'scripts/pdf')))).toContain('命令的源代码');
    expect(await refusal(folder(join(root, 'package.json')))).toContain('这是一个文件');
  });
});

describe('isInside', () => {
  it('is true below a folder only, not for the folder or a sibling sharing its name', () => {
    expect(isInside('/a/b/c', '/a/b')).toBe(true);
    expect(isInside('/a/b', '/a/b')).toBe(false);
    expect(isInside('/a/bc', '/a/b')).toBe(false);
    expect(isInside('/a/..b/c', '/a')).toBe(true);
  });
});
