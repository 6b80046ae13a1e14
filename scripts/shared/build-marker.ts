/**
 * The file that marks a folder as a site this project built. `npm run build` and `npm run
 * build:offline` replace their output folder whole, so before they do they make sure it holds
 * nothing else (output-target.ts); this file is how they know their own earlier output. It is
 * published with the site and served by the web server, so it holds one fixed text: no path, no
 * date, nothing about the machine that built it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The marker's name: a dot name, which no review folder or page of the site can have. */
export const MARKER_FILE = '.review-site';

const FIRST_LINE = 'review-site';
const MARKER_TEXT = `${FIRST_LINE}\n本文件夹由对照检查材料网站的构建命令生成，再次构建时会被整个替换。\n`;

/** Marks `dir` as a site this project built. */
export async function writeMarker(dir: string): Promise<void> {
  await writeFile(join(dir, MARKER_FILE), MARKER_TEXT);
}

/** Whether `dir` holds the marker. */
export async function hasMarker(dir: string): Promise<boolean> {
  try {
    const text = await readFile(join(dir, MARKER_FILE), 'utf8');
    return text.split('\n', 1)[0] === FIRST_LINE;
  } catch {
    return false;
  }
}
