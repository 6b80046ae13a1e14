/**
 * Images in a finding, cause or measure (`![说明](./images/chart.png)`, `<Figure src="…" />`) are
 * files of the review's folder, published by the site at `/<review>/files/<path>`
 * (src/pages/[review]/files/[...file].ts). The image's address is written here, while content
 * syncs, as the page will serve it: the same HTML then works on the entry's page, in the full text
 * (a paragraph shared with other findings included), in the offline copy and in print, with no
 * image processing at page time. A missing file, one outside the review's folder, or a kind of
 * file browsers might run (SVG can hold script) fails the build naming the file and line.
 */
import { statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { ContentProblem } from '../model/content-error.ts';
import { IMAGE_EXTENSIONS, isImageFile } from '../model/images.ts';
import { reviewFilePath, withBase } from '../permalinks/urls.ts';
import { contentFileOf, handOn, isDocumentFile, type Report } from './content-file-of.ts';

export interface Options {
  /** Absolute path of the `reviews/` folder; files outside it are left alone. */
  reviewsDir: string;
  /** The site's base path (`/`, `/zhenggai/`), which the images' addresses start with. */
  base: string;
  /** Receives a file's problems instead of a thrown error; the file then renders empty. */
  report?: Report | undefined;
}

const HINT =
  '图片文件放在这份材料的文件夹中（如 images/ 子文件夹），地址从条目文件所在的文件夹写起，如 ../images/chart.png；只能是 PNG、JPEG、GIF 或 WebP 图片。';

/** Where an image of `entryFile` is within its review folder, or why it cannot be published. */
export function imageInReview(
  url: string,
  entryFile: string,
  reviewDir: string,
): { path: string } | { problem: string } {
  let decoded: string;
  try {
    decoded = decodeURI(url.split(/[?#]/)[0]!);
  } catch {
    return { problem: `“${url}”不是有效的文件地址` };
  }
  const file = resolve(dirname(entryFile), decoded);
  const inReview = relative(reviewDir, file);
  if (inReview.startsWith('..') || inReview === '' || resolve(reviewDir, inReview) !== file) {
    return { problem: `“${url}”不在这份材料的文件夹中` };
  }
  if (!isImageFile(file)) {
    return {
      problem: file.toLowerCase().endsWith('.svg')
        ? `“${url}”是 SVG 图片，其中可以包含程序代码，网站不发布`
        : `“${url}”不是网站发布的图片（扩展名应为 ${IMAGE_EXTENSIONS.join('、')}）`,
    };
  }
  try {
    if (!statSync(file).isFile()) return { problem: `“${url}”不是一个文件` };
  } catch {
    return { problem: `文件“${url}”不存在（找的是 ${relative(process.cwd(), file)}）` };
  }
  return { path: inReview.split(sep).join('/') };
}

/** Writes each local image's published address, or fails naming the file and line. */
export default function remarkEntryImages({ reviewsDir, base, report }: Options) {
  return (tree: Root, file: VFile) => {
    const content = contentFileOf(file, reviewsDir);
    if (!content || isDocumentFile(content)) return;
    const path = file.path.replace(/\?.*$/, '');
    const review = relative(reviewsDir, path).split(sep)[0]!;
    const problems: ContentProblem[] = [];
    visit(tree, 'image', (node) => {
      // Addresses on the site stay as written; others were refused by remark-safe-links.
      if (node.url.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(node.url)) return;
      // A feedback problem is a few lines of the team's text: the site serves no files for it.
      const found =
        content.kind === 'problem'
          ? { problem: `“${node.url}”在反馈问题中：反馈问题的正文只有文字，网站不为它发布图片` }
          : imageInReview(node.url, path, resolve(reviewsDir, review));
      if ('problem' in found) {
        const line = node.position?.start.line;
        problems.push({
          file: content.shown,
          ...(line ? { line } : {}),
          field: '正文',
          message: `图片${found.problem}`,
          hint: HINT,
        });
        return;
      }
      node.url = withBase(base, reviewFilePath(review, found.path));
    });
    handOn(problems, tree, report);
  };
}
