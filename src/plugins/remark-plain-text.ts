/**
 * Keeps the reviews' files plain text. Their bodies are MDX, where `{…}` is a JavaScript
 * expression, `<Name>` a component and a line starting with `import`/`export` a module statement;
 * an official document holds none of these, so one in a content file is a typing mistake (an
 * unescaped brace copied from the document). Without this plugin it surfaces at render time as
 * "foo is not defined", naming a page URL under a long stack; here it names the file and the line.
 * The review's own placeholders (<Findings /> …) are the one piece of MDX allowed. A `.md` file's
 * raw HTML is refused the same way: `<script>` or `<img onerror>` in it would run in every
 * reader's browser.
 */
import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { ContentProblem } from '../model/content-error.ts';
import { PART_PLACEHOLDERS } from '../model/kinds.ts';
import { contentFileOf, handOn, type Report } from './content-file-of.ts';

export interface Options {
  /** Absolute path of the `reviews/` folder; files outside it are left alone. */
  reviewsDir: string;
  /**
   * Called with a file's problems instead of throwing them; the file then renders empty. For the
   * entries rendered during content sync, whose errors Astro would log and skip.
   */
  report?: Report | undefined;
}

const PLACEHOLDERS = new Set(Object.values(PART_PLACEHOLDERS));

/** What a piece of MDX syntax is, for a message, and how to write the text it stands for. */
function problemWith(
  node: RootContent,
  inReview: boolean,
): Omit<ContentProblem, 'file'> | undefined {
  switch (node.type) {
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return {
        message: `“{${node.value}}”会被当作程序代码（MDX 表达式），页面无法生成`,
        hint: '原文中的花括号要写成 \\{ 和 \\}（导入命令会自动这样写）。',
      };
    case 'mdxjsEsm':
      return {
        message: '以 import 或 export 开头的这一行会被当作程序代码',
        hint: '在行首的 import 或 export 前加一个反斜杠：\\import。',
      };
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name ?? '';
      const allowed = inReview && node.type === 'mdxJsxFlowElement' && PLACEHOLDERS.has(name);
      if (allowed && node.attributes.length === 0) return undefined;
      return {
        message: `“<${name}>”会被当作网页组件，页面无法生成${allowed ? '（占位标记不带属性）' : ''}`,
        hint: allowed
          ? `只写 <${name} />。`
          : `原文中的尖括号要写成 \\<（如 \\<${name}>）；review.mdx 中只能用 <Findings />、<Causes />、<Measures />。`,
      };
    }
    case 'html':
      // Only a `.md` file has raw HTML; in MDX the same text is JSX, handled above.
      return {
        message: `“${node.value.slice(0, 40)}${node.value.length > 40 ? '…' : ''}”是网页代码（HTML），不能发布`,
        hint: '原文中的尖括号要写成 \\<；.md 文件中不能写 HTML。review.md 要用 <Findings /> 等占位标记时，请把文件改名为 review.mdx。',
      };
    default:
      return undefined;
  }
}

/** Fails the build, naming file and line, on any MDX syntax in a review's file. */
export default function remarkPlainText({ reviewsDir, report }: Options) {
  return (tree: Root, file: VFile) => {
    const content = contentFileOf(file, reviewsDir);
    if (!content) return;
    const shown = content.shown;
    const problems: ContentProblem[] = [];
    visit(tree, (node) => {
      if (node.type === 'root') return;
      const problem = problemWith(node, content.kind === 'review');
      if (!problem) return;
      const line = node.position?.start.line;
      problems.push({ file: shown, ...(line ? { line } : {}), field: '正文', ...problem });
    });
    handOn(problems, tree, report);
  };
}
