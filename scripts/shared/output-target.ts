/**
 * Where a command may write. `npm run build` and `npm run build:offline` replace their output
 * folder whole; `--zip`, `npm run pdf` and `npm run workbook -- export` write files. A path typed
 * by mistake (`--outDir .`, `--outDir content`, `--zip content/reviews/x/review.mdx`) must not
 * cost the project its sources or its reviews, so every path a command writes to is checked here
 * first, links followed, and refused with a message saying what it is and what to write instead.
 */
import { lstat, open, readdir, readlink, realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { DEFAULT_CONTENT_DIR } from '../../src/model/content-dir.ts';
import { UserError } from '../../src/model/content-error.ts';
import { OFFLINE_INDEX_FILE } from '../../src/search/offline-index.ts';
import { hasMarker, MARKER_FILE } from './build-marker.ts';

/**
 * Thrown for a path a command will not write to; the message says why and what to do. Exit 2, as
 * the builds and `npm run pdf` give it; the workbook's export counts it among wrong options (1).
 */
export class OutputTargetError extends UserError {
  constructor(message: string) {
    super(message, { exitCode: 2 });
    this.name = 'OutputTargetError';
  }
}

/** The project whose files are protected. */
export interface ProjectPaths {
  /** The project's folder. */
  root: string;
  /** The default content folder, and the one CONTENT_DIR names if it is another. */
  contentDirs: string[];
}

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/** This project, for a build reading the content folder `contentDir` (relative to the cwd). */
export function projectPaths(contentDir: string, root = PROJECT_ROOT): ProjectPaths {
  const dirs = [resolve(root, DEFAULT_CONTENT_DIR), resolve(contentDir)];
  return { root, contentDirs: [...new Set(dirs)] };
}

/** How a message names the option a path was given with: `--outDir`, and a path that works. */
export interface TargetOption {
  option: string;
  /** The path as the user typed it (or the default). */
  typed: string;
  /** A path to suggest instead, e.g. the default. */
  example: string;
  /** How to write the file elsewhere, when not by naming another file with the option. */
  elsewhere?: string | undefined;
}

/** The project's own folders, each as a message names it. */
const PROJECT_FOLDERS: readonly (readonly [string, string])[] = [
  ['src', '网站的源代码 src/'],
  ['scripts', '命令的源代码 scripts/'],
  ['tests', '测试 tests/'],
  ['bench', '性能测试 bench/'],
  ['public', '网站的静态文件 public/'],
  ['docs', '项目文档 docs/'],
  ['.git', '项目的版本库 .git/'],
  ['node_modules', '项目的依赖和构建缓存 node_modules/'],
  ['.astro', 'Astro 的构建文件 .astro/'],
];

/** A protected path and what a message calls it. */
interface Place {
  path: string;
  what: string;
}

// Windows and macOS compare names without regard to case: `Content` is `content` there.
const FOLD_CASE = process.platform === 'win32' || process.platform === 'darwin';
const comparable = (path: string) => (FOLD_CASE ? path.toLowerCase() : path);

/** Whether `path` lies inside `folder` (not the folder itself). */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(comparable(folder), comparable(path));
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

type Relation = 'is' | 'inside' | 'contains';

function relationOf(target: string, place: string): Relation | undefined {
  if (comparable(target) === comparable(place)) return 'is';
  if (isInside(target, place)) return 'inside';
  if (isInside(place, target)) return 'contains';
  return undefined;
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}

/** Where `path` leads, links followed; for a path that does not exist, its folder's real path. */
async function realPathOf(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT' && errorCode(error) !== 'ENOTDIR') throw error;
    const parent = dirname(path);
    return parent === path ? path : join(await realPathOf(parent), basename(path));
  }
}

async function realPlaces(places: Place[]): Promise<Place[]> {
  return Promise.all(places.map(async (p) => ({ ...p, path: await realPathOf(p.path) })));
}

function contentName(dir: string, paths: ProjectPaths): string {
  const rel = relative(paths.root, dir);
  return isInside(dir, paths.root) ? `${rel.split(sep).join('/')}/` : dir;
}

/** The project's own folders, which a command never writes into. */
function sourcePlaces(paths: ProjectPaths): Place[] {
  return PROJECT_FOLDERS.map(([name, what]) => ({ path: join(paths.root, name), what }));
}

/** What a relation says in a message, of a place called `what`. */
function relationText(relation: Relation, what: string): string {
  if (relation === 'is') return `这就是${what}`;
  // A space between a path and the Chinese after it, as the messages write them.
  if (relation === 'inside') return `它在${what}${/[!-~]$/.test(what) ? ' ' : ''}之中`;
  return `其中有${what}`;
}

/** The path as a message names it: as typed, where it is, and where a link leads. */
function pathText(option: TargetOption, path: string, real: string): string {
  const where = comparable(real) === comparable(path) ? path : `${path}，链接指向 ${real}`;
  return option.typed === path
    ? `${option.option} ${where}`
    : `${option.option} ${option.typed}（${where}）`;
}

/** The path `typed` as a command reads it: from the folder the user typed it in. */
export function typedTarget(typed: string, cwd = process.env.INIT_CWD ?? process.cwd()): string {
  return resolve(cwd, typed);
}

/** Refuses a link whose target does not exist, which no check below could place. */
async function refuseDanglingLink(path: string, option: TargetOption, fix: string): Promise<void> {
  let link;
  try {
    link = await lstat(path);
  } catch {
    return;
  }
  if (!link.isSymbolicLink()) return;
  try {
    await stat(path);
  } catch {
    const target = resolve(dirname(path), await readlink(path));
    throw new OutputTargetError(
      `${option.option} ${option.typed}：${path} 是指向 ${target} 的链接，但 ${target} 不存在。\n  改法：先建立 ${target}，或${fix}。`,
    );
  }
}

/** A folder a build replaces whole, once checked. */
export interface SiteFolder {
  /** The path as typed, made absolute. */
  path: string;
  /** The folder it leads to, links followed: the one replaced, with the staging folder beside it. */
  real: string;
  /** What is there now: nothing, an empty folder, or a site this project built. */
  found: 'nothing' | 'empty' | 'earlier-build';
}

/**
 * Whether `dir` is a site this project built: it has the marker, or it is a site built before
 * the marker existed. Those are recognised by the permalink manifest (permalinks.json) beside
 * Pagefind's index (pagefind/) or the offline copy's search index (search/search-index.js):
 * refusing them would stop every user's first build after an update, with no safety gained, as
 * no folder of other files holds those two by chance.
 */
export async function isEarlierBuild(dir: string): Promise<boolean> {
  if (await hasMarker(dir)) return true;
  const kind = (path: string) =>
    stat(join(dir, path)).then(
      (s) => (s.isDirectory() ? 'folder' : 'file'),
      () => undefined,
    );
  const [manifest, pagefind, offlineIndex] = await Promise.all([
    kind('permalinks.json'),
    kind('pagefind'),
    kind(`search/${OFFLINE_INDEX_FILE}`),
  ]);
  return manifest === 'file' && (pagefind === 'folder' || offlineIndex === 'file');
}

/**
 * Checks a folder a build is to replace whole (`--outDir`): it must not be, hold or lie inside
 * the project's sources or a content folder, nor be the project's folder or hold it (dist/ lies
 * inside it); and if it holds anything, it must be a site this project built.
 */
export async function checkSiteFolder(
  path: string,
  option: TargetOption,
  paths: ProjectPaths,
): Promise<SiteFolder> {
  const fix = `用 ${option.option} 指定一个新的或空的文件夹，如 ${option.option} ${option.example}`;
  const replaced = '构建会把输出文件夹整个换成新生成的网站，其中原有的文件都会被删除。';
  await refuseDanglingLink(path, option, fix);
  const real = await realPathOf(path);
  const head = pathText(option, path, real);
  const refuse = (reason: string, extraFix = '') =>
    new OutputTargetError(`${head}：${reason}。\n  ${replaced}\n  改法：${fix}${extraFix}。`);

  const [root] = await realPlaces([{ path: paths.root, what: '' }]);
  const rootRelation = relationOf(real, root!.path);
  if (rootRelation === 'is') {
    throw refuse('这就是本项目的文件夹（源代码、材料和版本库 .git 都在其中）');
  }
  if (rootRelation === 'contains') throw refuse(`其中有本项目的文件夹 ${paths.root}`);
  const places = await realPlaces([
    ...sourcePlaces(paths),
    ...paths.contentDirs.map((dir) => ({
      path: dir,
      what: `材料的内容文件夹 ${contentName(dir, paths)}`,
    })),
  ]);
  for (const place of places) {
    const relation = relationOf(real, place.path);
    if (relation) throw refuse(relationText(relation, place.what));
  }

  let entries: string[];
  try {
    if (!(await stat(real)).isDirectory()) throw refuse('这是一个文件，不是文件夹');
    entries = await readdir(real);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { path, real, found: 'nothing' };
    throw error;
  }
  if (entries.length === 0) return { path, real, found: 'empty' };
  if (await isEarlierBuild(real)) return { path, real, found: 'earlier-build' };
  const sample = entries.sort().slice(0, 3).join('、');
  throw refuse(
    `这个文件夹中已有 ${entries.length} 项（${sample}${entries.length > 3 ? ' 等' : ''}），但它不是本项目生成的网站（其中没有 ${MARKER_FILE} 标记文件）`,
    '；确实要生成到这里，先把其中的文件移走',
  );
}

/** A file a command writes, once checked. */
export interface OutputFile {
  path: string;
  /** Where it is written, links followed. */
  real: string;
  exists: boolean;
}

/** The kinds of file the commands write, and how an existing one is recognised. */
const FILE_KINDS = {
  zip: { extension: '.zip', name: 'zip 压缩文件', magic: ['PK\x03\x04', 'PK\x05\x06'] },
  xlsx: { extension: '.xlsx', name: 'Excel 工作簿（.xlsx）', magic: ['PK\x03\x04'] },
  pdf: { extension: '.pdf', name: 'PDF 文件', magic: ['%PDF-'] },
  docx: { extension: '.docx', name: 'Word 文档（.docx）', magic: ['PK\x03\x04'] },
} as const;

export type FileKind = keyof typeof FILE_KINDS;

const PROJECT_OWN = '这里是项目自己的文件，或会被当作材料读取的文件，不能放生成的文件。';

/**
 * The places no generated file may go: the project's sources and each content folder's `reviews/`,
 * where every file is read as a review. A file beside `reviews/` is never read by a build (a
 * workbook kept with the content it came from, say), and the project's folder itself holds the
 * default outputs (dist-offline.zip, a workbook exported where the command was typed).
 */
async function filePlaces(paths: ProjectPaths): Promise<Place[]> {
  return realPlaces([
    ...sourcePlaces(paths),
    ...paths.contentDirs.map((dir) => ({
      path: join(dir, 'reviews'),
      what: `材料文件夹 ${contentName(join(dir, 'reviews'), paths)}（其中的文件都会被当作材料读取）`,
    })),
  ]);
}

async function startsWithAny(path: string, magic: readonly string[]): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(8), 0, 8, 0);
    if (bytesRead === 0) return true;
    const head = buffer.subarray(0, bytesRead).toString('latin1');
    return magic.some((m) => head.startsWith(m));
  } finally {
    await handle.close();
  }
}

/**
 * Checks a file a command writes (`--zip`, a PDF, an exported workbook): its name ends as its
 * kind does, it is not among the project's sources or in a `reviews/` folder, and a file already
 * there is of its kind (an earlier output, replaced as the command always has) or empty.
 */
export async function checkOutputFile(
  path: string,
  kind: FileKind,
  option: TargetOption,
  paths: ProjectPaths,
): Promise<OutputFile> {
  const { extension, name, magic } = FILE_KINDS[kind];
  const fix = `如 ${option.option} ${option.example}`;
  await refuseDanglingLink(path, option, `用 ${option.option} 另取一个文件名`);
  const real = await realPathOf(path);
  const head = pathText(option, path, real);
  await refuseAmongSources(real, head, fix, paths);
  if (!path.toLowerCase().endsWith(extension)) {
    throw new OutputTargetError(
      `${head}：文件名应以 ${extension} 结尾。\n  改法：写成以 ${extension} 结尾的文件名，${fix}。`,
    );
  }
  let stats;
  try {
    stats = await stat(real);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { path, real, exists: false };
    throw error;
  }
  if (stats.isDirectory()) {
    throw new OutputTargetError(
      `${head}：这是一个文件夹，${option.option} 要的是一个文件名。\n  改法：${fix}。`,
    );
  }
  if (!stats.isFile() || !(await startsWithAny(real, magic))) {
    throw new OutputTargetError(
      `${head}：这个文件已经存在，但不是 ${name}，写入会把它覆盖。\n  改法：${option.elsewhere ?? `用 ${option.option} 另取一个文件名`}，或先把它移走。`,
    );
  }
  return { path, real, exists: true };
}

/**
 * Refuses a file or a folder of files that is, or lies inside, one of the project's own places.
 * Only what is written counts: a folder files are added to may hold anything.
 */
async function refuseAmongSources(
  real: string,
  head: string,
  fix: string,
  paths: ProjectPaths,
): Promise<void> {
  for (const place of await filePlaces(paths)) {
    const relation = relationOf(real, place.path);
    if (relation === 'is' || relation === 'inside') {
      throw new OutputTargetError(
        `${head}：${relationText(relation, place.what)}。\n  ${PROJECT_OWN}\n  改法：写到别处，${fix}。`,
      );
    }
  }
}

/**
 * Checks a folder a command adds files to (`npm run pdf -- --out`, the screenshots): it is not
 * among the project's sources or in a `reviews/` folder, and is a folder if it exists. Nothing in
 * it is removed, and the files written are checked one by one (`checkOutputFile`).
 */
export async function checkFilesFolder(
  path: string,
  option: TargetOption,
  paths: ProjectPaths,
): Promise<string> {
  const fix = `如 ${option.option} ${option.example}`;
  await refuseDanglingLink(path, option, `用 ${option.option} 指定其他文件夹`);
  const real = await realPathOf(path);
  const head = pathText(option, path, real);
  await refuseAmongSources(real, head, fix, paths);
  try {
    if (!(await stat(real)).isDirectory()) {
      throw new OutputTargetError(`${head}：这是一个文件，不是文件夹。\n  改法：${fix}。`);
    }
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
  return real;
}
