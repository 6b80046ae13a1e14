/**
 * The last step before a built site is published: nothing of the machine that built it may be in
 * it. Astro bundles the pages into `.prerender/` inside the output folder and removes it when the
 * pages are written; those bundles hold the project's paths (module ids), and one left behind, by
 * an Astro that stopped half way or a second build into the same folder, would be served with the
 * site. Then every file is searched for the project's folder and the content folder, as a path
 * (as a script, a JSON string or a file URL writes it), and the site is marked as this project's.
 */
import { readFile, rm } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { writeMarker } from '../shared/build-marker.ts';
import { listFiles } from '../shared/files.ts';
import type { ProjectPaths } from '../shared/output-target.ts';

/**
 * Thrown when the built site holds a path of the machine it was built on. A fault of the program,
 * not of the content: it is reported as one, with its stack (scripts/shared/failure.ts).
 */
export class MachinePathError extends Error {
  constructor(root: string, files: string[]) {
    const shown = files.slice(0, 10).map((f) => `  ${f}`);
    if (files.length > 10) shown.push(`  ……另有 ${files.length - 10} 个`);
    super(
      `生成的网站中有 ${files.length} 个文件含有构建它的电脑上的路径（${root}），网站没有发布：\n${shown.join('\n')}`,
    );
    this.name = 'MachinePathError';
  }
}

/** A path to look for: where it starts, and what must follow it (anything, if undefined). */
export interface PathPattern {
  prefix: Buffer;
  followers: Buffer[] | undefined;
}

/** The ways a path is written in a site's files: as it is, with `/`, JSON-escaped, in a URL. */
function writings(path: string): string[] {
  const slashed = path.split(sep).join('/');
  return [...new Set([path, slashed, path.replaceAll('\\', '\\\\'), encodeURI(slashed)])];
}

/**
 * What to look for. The project's folder counts followed by one of its own folders or by the end
 * of a string: a project in `/app` must not fail on a page quoting the address
 * `http://oa.example.gov.cn/app/x.pdf`. A content folder outside the project counts anywhere.
 */
export function machinePathPatterns(paths: ProjectPaths, projectNames: string[]): PathPattern[] {
  const names = new Set(projectNames);
  const outside: string[] = [];
  for (const dir of paths.contentDirs) {
    const rel = relative(paths.root, dir);
    if (rel && !rel.startsWith('..') && !isAbsolute(rel)) names.add(rel.split(sep)[0]!);
    else outside.push(dir);
  }
  const followers = [
    ...['"', "'", '`'],
    ...['/', '\\', '\\\\'].flatMap((separator) => [...names].map((name) => separator + name)),
  ].map((text) => Buffer.from(text));
  return [
    ...writings(paths.root).map((root) => ({ prefix: Buffer.from(root), followers })),
    ...outside.flatMap(writings).map((dir) => ({ prefix: Buffer.from(dir), followers: undefined })),
  ];
}

function holds(bytes: Buffer, { prefix, followers }: PathPattern): boolean {
  for (let at = bytes.indexOf(prefix); at !== -1; at = bytes.indexOf(prefix, at + 1)) {
    const rest = at + prefix.length;
    if (!followers) return true;
    if (followers.some((f) => bytes.subarray(rest, rest + f.length).equals(f))) return true;
  }
  return false;
}

/** The files below `dir` (as paths inside it) that hold one of `patterns`. */
export async function filesWithMachinePaths(
  dir: string,
  patterns: PathPattern[],
): Promise<string[]> {
  const files = await listFiles(dir);
  const found: string[] = [];
  // A few files at a time: a large site is read whole, but never held in memory whole.
  for (let i = 0; i < files.length; i += 16) {
    const batch = files.slice(i, i + 16);
    const contents = await Promise.all(batch.map((file) => readFile(join(dir, file))));
    batch.forEach((file, j) => {
      if (patterns.some((p) => holds(contents[j]!, p))) found.push(file);
    });
  }
  return found;
}

/** The project's folders whose paths a site must not hold. */
const PROJECT_NAMES = ['src', 'scripts', 'tests', 'bench', 'public', 'node_modules', '.astro'];

/**
 * Makes the site built into `staging` fit to publish: Astro's bundles gone, no path of this
 * machine in it, and marked as this project's build. Throws MachinePathError otherwise.
 */
export async function sealSite(staging: string, paths: ProjectPaths): Promise<void> {
  await rm(join(staging, '.prerender'), { recursive: true, force: true });
  const leaking = await filesWithMachinePaths(staging, machinePathPatterns(paths, PROJECT_NAMES));
  if (leaking.length > 0) throw new MachinePathError(paths.root, leaking);
  await writeMarker(staging);
}
