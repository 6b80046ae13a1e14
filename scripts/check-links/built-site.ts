/**
 * The built site on disk (`dist/`), as the link checker reads it: `permalinks.json` for the
 * addresses, the files for what exists, and each page's element ids for its anchors.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { BuiltSite } from './link-check.ts';
import { UserError } from '../../src/model/content-error.ts';
import type { PermalinkManifest } from '../../src/permalinks/manifest.ts';

/** Thrown when the folder is not a built site; the message says how to build it, in Chinese. */
export class BuiltSiteError extends UserError {
  constructor(message: string, options?: ErrorOptions) {
    super(message, { ...options, exitCode: 2 });
    this.name = 'BuiltSiteError';
  }
}

/** The file a path under the base is served from: `demo/measures/2/` → `demo/measures/2/index.html`. */
function fileOf(dist: string, path: string): string | undefined {
  if (path.split('/').includes('..')) return undefined;
  const file =
    path === '' || path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** The places a URL's `#fragment` can name on a page: element ids, and the names of `<a name>`. */
function elementIds(html: string): Set<string> {
  const ids = new Set<string>();
  visit(fromHtml(html), 'element', (element) => {
    const { id, name } = element.properties;
    if (typeof id === 'string') ids.add(id);
    if (element.tagName === 'a' && typeof name === 'string') ids.add(name);
  });
  return ids;
}

const HOW_TO_BUILD =
  '请先在项目文件夹中运行 npm run build 生成网站（生成到 dist 文件夹），或用 --dist 指定构建好的网站所在的文件夹。';

/** Reads the site built into `dist`. */
export function loadBuiltSite(dist: string): BuiltSite {
  if (!existsSync(dist)) throw new BuiltSiteError(`找不到网站文件夹 ${dist}。${HOW_TO_BUILD}`);
  if (!statSync(dist).isDirectory()) {
    throw new BuiltSiteError(`${dist} 不是文件夹。${HOW_TO_BUILD}`);
  }
  const manifestFile = join(dist, 'permalinks.json');
  if (!existsSync(manifestFile)) {
    throw new BuiltSiteError(
      `${dist} 中没有网址清单 permalinks.json，不是本程序构建的网站。${HOW_TO_BUILD}`,
    );
  }
  let manifest: PermalinkManifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as PermalinkManifest;
  } catch (error) {
    throw new BuiltSiteError(
      `${manifestFile} 读取失败或已损坏：请重新运行 npm run build 生成网站。`,
      { cause: error },
    );
  }
  if (!Array.isArray(manifest.entries) || typeof manifest.base !== 'string') {
    throw new BuiltSiteError(
      `${manifestFile} 不是本程序生成的网址清单：请重新运行 npm run build。`,
    );
  }
  const ids = new Map<string, Set<string>>();
  return {
    manifest,
    hasPage: (path) => fileOf(dist, path) !== undefined,
    idsOf(path) {
      const file = fileOf(dist, path);
      if (!file) return new Set();
      let found = ids.get(file);
      if (!found) {
        found = elementIds(readFileSync(file, 'utf8'));
        ids.set(file, found);
      }
      return found;
    },
  };
}
