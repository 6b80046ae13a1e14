/**
 * Findings, causes and measures are rendered to HTML while content syncs, not compiled as MDX
 * modules. Their text is plain (remark-plain-text refuses any MDX syntax in it), so nothing in it
 * needs JavaScript, and Astro keeps the HTML of an unchanged file between builds; compiling
 * thousands of one-paragraph MDX modules was the largest part of every build, rebuilds included.
 * The Markdown pipeline reads the files as MDX does (remark-mdx-syntax), with the project's own
 * plugins, so the HTML is what the MDX would render. Reviews stay MDX: they place the part
 * components (`<Findings />` …).
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { relative } from 'node:path';
import { isUnifiedProcessor, unified } from '@astrojs/markdown-remark';
import type { AstroConfig, ContentEntryType } from 'astro';
import type { VFile } from 'vfile';
import type { ContentProblem } from '../model/content-error.ts';
import remarkMdxSyntax from '../plugins/remark-mdx-syntax.ts';
import remarkPlainText from '../plugins/remark-plain-text.ts';

/** Receives what is wrong with one file's text (each problem names the file). */
export type ReportProblems = (problems: ContentProblem[]) => void;

/** The parser's error, as thrown by micromark: a message with the place it stopped. */
interface ParseError {
  reason?: string;
  message?: string;
  line?: number;
}

/** A problem for text that is not valid MDX (an unescaped `<` or `{`, usually). */
export function syntaxProblem(file: string, error: unknown): ContentProblem {
  const { reason, message, line } = (error ?? {}) as ParseError;
  return {
    file,
    ...(typeof line === 'number' ? { line } : {}),
    field: '正文',
    message: `无法按 MDX 读取（${reason ?? message ?? String(error)}）`,
    hint: '原文中的尖括号和花括号要写成 \\<、\\{ 和 \\}（导入命令会自动这样写）。',
  };
}

/**
 * The `.mdx` entry type rendered during content sync: front matter read as `mdx` reads it, the body
 * rendered by the project's Markdown pipeline. Problems in the text go to `report` and the file
 * renders empty: Astro's loader would log a thrown error and carry on.
 */
export function mdxRenderedAtSync(
  mdx: ContentEntryType,
  reviewsDir: string,
  report: ReportProblems,
): ContentEntryType {
  /** Lines before the text in each file (front matter), so that problems name the file's line. */
  const linesBefore = new Map<string, number>();
  return {
    extensions: mdx.extensions,
    getEntryInfo: async (params) => {
      const info = await mdx.getEntryInfo(params);
      linesBefore.set(fileURLToPath(params.fileUrl), linesBeforeText(params.contents, info.body));
      return info;
    },
    handlePropagation: false,
    getRenderFunction: async (config) => {
      const renderer = await entryRenderer(config, reviewsDir, report);
      return async (entry) => {
        const before = (entry.filePath && linesBefore.get(entry.filePath)) || 0;
        // Blank lines in place of the front matter render nothing and keep every line number.
        const text = '\n'.repeat(before) + (entry.body ?? '');
        const { code, metadata } = await renderer.render(text, {
          frontmatter: entry.data,
          ...(entry.filePath ? { fileURL: pathToFileURL(entry.filePath) } : {}),
        });
        return {
          html: code,
          metadata: {
            ...metadata,
            imagePaths: [...metadata.localImagePaths, ...metadata.remoteImagePaths],
          },
        };
      };
    },
  };
}

/** How many lines of `contents` come before `body` (the front matter and blank lines). */
export function linesBeforeText(contents: string, body: string): number {
  const at = body === '' ? -1 : contents.indexOf(body);
  return at < 0 ? 0 : contents.slice(0, at).split('\n').length - 1;
}

async function entryRenderer(config: AstroConfig, reviewsDir: string, report: ReportProblems) {
  const { markdown, image } = config;
  const { processor } = markdown;
  if (!isUnifiedProcessor(processor)) {
    throw new Error(
      `问题、原因、措施的正文要由 remark 和 rehype 渲染，但 astro.config.mjs 中的 markdown.processor 是“${processor.name}”。` +
        '请改为 @astrojs/markdown-remark 的 unified({ … })。',
    );
  }
  const entries = unified({
    ...processor.options,
    remarkPlugins: [
      [
        remarkMdxSyntax,
        {
          onError: (file: VFile, error: unknown) => {
            report([syntaxProblem(relative(process.cwd(), file.path), error)]);
          },
        },
      ],
      // Reports instead of throwing; the configured copy after it then finds an empty file.
      [remarkPlainText, { reviewsDir, report }],
      ...processor.options.remarkPlugins,
    ],
  });
  // What Astro gives the renderer of its own Markdown entries (vite-plugin-markdown), as Astro
  // passes it: the config's types are looser than the renderer's, and the processor's own
  // options (smartypants off) take precedence over the deprecated top-level ones.
  const options = {
    image,
    syntaxHighlight: markdown.syntaxHighlight,
    shikiConfig: markdown.shikiConfig,
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- passed on as Astro does
    gfm: markdown.gfm,
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- passed on as Astro does
    smartypants: markdown.smartypants,
  } as Parameters<typeof entries.createRenderer>[0];
  return entries.createRenderer(options);
}
