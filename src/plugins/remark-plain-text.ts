/**
 * Keeps the reviews' files plain text. Their bodies are MDX, where `{…}` is a JavaScript
 * expression, `<Name>` a component and a line starting with `import`/`export` a module statement;
 * an official document holds none of these, so one in a content file is a typing mistake (an
 * unescaped brace copied from the document). Without this plugin it surfaces at render time as
 * "foo is not defined", naming a page URL under a long stack; here it names the file and the line.
 * The review's own placeholders (<Findings /> …) and the entries' own components
 * (entry-components.ts, their attributes checked here) are the only MDX allowed. A `.md` file's
 * raw HTML is refused the same way: `<script>` or `<img onerror>` in it would run in every
 * reader's browser.
 */
import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { ContentProblem } from '../model/content-error.ts';
import { PART_PLACEHOLDERS, PROBLEMS_PLACEHOLDER } from '../model/kinds.ts';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { contentFileOf, handOn, type Report } from './content-file-of.ts';
import { ENTRY_COMPONENTS, entryComponent } from './entry-components.ts';

export interface Options {
  /** Absolute path of the `reviews/` folder; files outside it are left alone. */
  reviewsDir: string;
  /**
   * Called with a file's problems instead of throwing them; the file then renders empty. For the
   * entries rendered during content sync, whose errors Astro would log and skip.
   */
  report?: Report | undefined;
}

/** The placeholders a document's own text may hold, by the kind of document. */
const PLACEHOLDERS = {
  review: new Set(Object.values(PART_PLACEHOLDERS)),
  inspection: new Set([PROBLEMS_PLACEHOLDER]),
};

/** What a piece of MDX syntax is, for a message, and how to write the text it stands for. */
function problemWith(
  node: RootContent,
  docKind: 'review' | 'inspection' | undefined,
): Omit<ContentProblem, 'file'> | undefined {
  const inReview = docKind !== undefined;
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
      if (!inReview && entryComponent(node)) return componentProblem(node);
      const placeholders = docKind ? PLACEHOLDERS[docKind] : new Set<string>();
      const allowed = node.type === 'mdxJsxFlowElement' && placeholders.has(name);
      if (allowed && node.attributes.length === 0) return undefined;
      return {
        message: `“<${name}>”会被当作网页组件，页面无法生成${allowed ? '（占位标记不带属性）' : ''}`,
        hint: allowed
          ? `只写 <${name} />。`
          : inReview
            ? `原文中的尖括号要写成 \\<（如 \\<${name}>）；${docKind}.mdx 中只能用 ${[...placeholders].map((p) => `<${p} />`).join('、')}。`
            : `原文中的尖括号要写成 \\<（如 \\<${name}>）；问题、原因、措施中只能用这些组件：${COMPONENT_LIST}。`,
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

const COMPONENT_LIST = Object.entries(ENTRY_COMPONENTS)
  .map(([name, { description }]) => `<${name}>（${description}）`)
  .join('、');

/** What is wrong with the use of one of the entries' own components, if anything. */
function componentProblem(
  node: MdxJsxFlowElement | MdxJsxTextElement,
): Omit<ContentProblem, 'file'> | undefined {
  const component = entryComponent(node)!;
  const name = node.name!;
  const usage = `<${name}${Object.entries(component.attributes)
    .map(([attribute, { required }]) => (required ? ` ${attribute}="…"` : ''))
    .join('')}${component.children ? `>…</${name}>` : ' />'}`;
  const wrong = (message: string, hint = `照这样写：${usage}。`) => ({ message, hint });
  if (node.type === 'mdxJsxTextElement') {
    const lines = component.children ? `，<${name}> 和 </${name}> 各占一行` : '';
    return wrong(
      `<${name}> 要单独成段，不能和文字写在同一段中`,
      `在它前后各空一行${lines}。照这样写：${usage}。`,
    );
  }
  const given = new Map<string, string>();
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') {
      return wrong(`<${name}> 的属性中有程序代码（{…}）`);
    }
    const known = component.attributes[attribute.name];
    if (!known) {
      const names = Object.keys(component.attributes);
      return wrong(
        `<${name}> 没有属性“${attribute.name}”`,
        names.length > 0
          ? `它的属性有：${names.map((n) => `${n}（${component.attributes[n]!.description}）`).join('、')}。`
          : `<${name}> 不带属性：${usage}。`,
      );
    }
    if (typeof attribute.value !== 'string') {
      return wrong(
        `<${name}> 的属性“${attribute.name}”要写成 ${attribute.name}="…"（用引号括起文字）`,
      );
    }
    given.set(attribute.name, attribute.value);
  }
  for (const [attribute, { required, description }] of Object.entries(component.attributes)) {
    if (required && !given.get(attribute)?.trim()) {
      return wrong(`<${name}> 缺少属性“${attribute}”（${description}）`);
    }
  }
  if (!component.children && node.children.length > 0) {
    return wrong(`<${name}> 不包含文字，要写成自闭合的 <${name} … />`);
  }
  return undefined;
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
      const docKind =
        content.kind === 'review' || content.kind === 'inspection' ? content.kind : undefined;
      const problem = problemWith(node, docKind);
      if (!problem) return;
      const line = node.position?.start.line;
      problems.push({ file: shown, ...(line ? { line } : {}), field: '正文', ...problem });
    });
    handOn(problems, tree, report);
  };
}
