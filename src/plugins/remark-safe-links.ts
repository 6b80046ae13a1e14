/**
 * Applies the front matter's link rules to the text: every link in a finding, cause, measure or
 * review — inline, reference-style (its definition), or a literal address — must be an http(s)
 * address, a path on this site or an anchor on the page, and every image a file of the site. A
 * content file is text an office edits and the site publishes as its own: a `javascript:` link
 * (written out, or as `&#106;avascript:`, which the parser decodes before this sees it) would run
 * script on the office's intranet, and a remote image would make every reader's browser request
 * another server, which an intranet site must never do.
 */
import type { Definition, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { ContentProblem } from '../model/content-error.ts';
import { judgeLink } from '../permalinks/safe-link.ts';
import { contentFileOf, handOn, type Report } from './content-file-of.ts';

export interface Options {
  /** Absolute path of the `reviews/` folder; files outside it are left alone. */
  reviewsDir: string;
  /** Receives a file's problems instead of a thrown error; the file then renders empty. */
  report?: Report | undefined;
}

const HINT_LINK =
  '链接只能是 http(s) 网址（如 https://oa.example.gov.cn/x）、本站的路径（以 / 开头）或页内锚点（以 # 开头）；不需要链接时只留文字。';
const HINT_IMAGE =
  '图片只能是本站的文件：把图片放在这份材料的文件夹中，写成 ![说明](./图片.png)；网站不从其他网站加载任何内容。';

/** Why a link target may not be published, or undefined when it may. */
export function linkProblem(url: string): string | undefined {
  if (url.trim().startsWith('#')) return undefined;
  const verdict = judgeLink(url);
  return verdict.ok ? undefined : verdict.problem;
}

/** Why an image source may not be published, or undefined when it may (a file of the site). */
export function imageProblem(url: string): string | undefined {
  const src = url.trim();
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001F\u007F]/.test(src)) return '含有制表符、换行等控制字符';
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(src)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') return `“${src}”是其他网站上的图片`;
  if (scheme) return `不能使用“${scheme}:”地址的图片`;
  if (src.startsWith('//') || src.includes('\\')) return `“${src}”会被浏览器当作其他网站的地址`;
  if (src === '') return '没有写图片的文件';
  return undefined;
}

/** A link as a message quotes it: long ones cut, so that the line stays readable. */
const shorten = (url: string) => (url.length > 60 ? `${url.slice(0, 57)}…` : url);

/** Fails the build, naming file and line, on a link or image the site may not publish. */
export default function remarkSafeLinks({ reviewsDir, report }: Options) {
  return (tree: Root, file: VFile) => {
    const content = contentFileOf(file, reviewsDir);
    if (!content) return;
    const problems: ContentProblem[] = [];
    const definitions = new Map<string, Definition>();
    visit(tree, 'definition', (node) => {
      definitions.set(node.identifier, node);
    });
    const usedAsImage = new Set<Definition>();
    visit(tree, 'imageReference', (node) => {
      const definition = definitions.get(node.identifier);
      if (definition) usedAsImage.add(definition);
    });
    const refuse = (
      node: { url: string; position?: { start: { line: number } } | undefined },
      problem: string | undefined,
      what: string,
      hint: string,
    ) => {
      if (problem === undefined) return;
      const line = node.position?.start.line;
      problems.push({
        file: content.shown,
        ...(line ? { line } : {}),
        field: '正文',
        message: `${what}“${shorten(node.url)}”不能发布（${problem}）`,
        hint,
      });
    };
    visit(tree, (node) => {
      if (node.type === 'link') refuse(node, linkProblem(node.url), '链接', HINT_LINK);
      else if (node.type === 'image') refuse(node, imageProblem(node.url), '图片', HINT_IMAGE);
      else if (node.type === 'definition') {
        if (usedAsImage.has(node)) refuse(node, imageProblem(node.url), '图片', HINT_IMAGE);
        else
          refuse(
            node,
            linkProblem(node.url),
            `链接定义 [${node.label ?? node.identifier}] 的地址`,
            HINT_LINK,
          );
      }
    });
    handOn(problems, tree, report);
  };
}
