/**
 * Findings, causes and measures are rendered to HTML while content syncs, not compiled as MDX
 * modules. Their text is plain (remark-plain-text refuses any MDX syntax in it), so nothing in it
 * needs JavaScript, and Astro keeps the HTML of an unchanged file between builds; compiling
 * thousands of one-paragraph MDX modules was the largest part of every build, rebuilds included.
 * The Markdown pipeline reads `.mdx` files as MDX does (remark-mdx-syntax), with the project's own
 * plugins, so the HTML is what the MDX would render. Reviews stay MDX: they place the part
 * components (`<Findings />` …).
 */
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isUnifiedProcessor, unified } from '@astrojs/markdown-remark';
import type { AstroConfig } from 'astro';
import type { VFile } from 'vfile';
import type { ContentProblem } from '../model/content-error.ts';
import type { Report } from '../plugins/content-file-of.ts';
import remarkMdxSyntax from '../plugins/remark-mdx-syntax.ts';
import remarkPlainText from '../plugins/remark-plain-text.ts';
import remarkSafeLinks from '../plugins/remark-safe-links.ts';
import remarkEntryComponents from '../plugins/remark-entry-components.ts';
import remarkEntryImages from '../plugins/remark-entry-images.ts';

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

/** What an entry's text rendered to, in the shape Astro stores as an entry's `rendered`. */
export interface RenderedText {
  html: string;
  metadata: Record<string, unknown> & { imagePaths: string[] };
}

/** One file's text to render. */
export interface TextToRender {
  /** Absolute path of the file. */
  filePath: string;
  /** The text after the front matter. */
  body: string;
  /** Lines of the file before the text, so that problems name the file's own lines. */
  linesBeforeBody: number;
  /** The entry's front matter, as remark plugins see it. */
  data: Record<string, unknown>;
}

/**
 * A renderer of content files' text with the project's Markdown pipeline: `.mdx` read as MDX,
 * `.md` as Markdown. Problems in the text go to `report`, and the file renders empty.
 */
export function entryRenderer(
  config: AstroConfig,
  reviewsDir: string,
  report: Report,
): (text: TextToRender) => Promise<RenderedText> {
  const renderers = new Map<boolean, ReturnType<typeof createRenderer>>();
  return async ({ filePath, body, linesBeforeBody, data }) => {
    const mdx = !filePath.endsWith('.md');
    let renderer = renderers.get(mdx);
    if (!renderer) renderers.set(mdx, (renderer = createRenderer(config, reviewsDir, report, mdx)));
    // Blank lines in place of the front matter render nothing and keep every line number.
    const { code, metadata } = await (
      await renderer
    ).render('\n'.repeat(linesBeforeBody) + body, {
      frontmatter: data,
      fileURL: pathToFileURL(filePath),
    });
    return {
      html: code,
      metadata: {
        ...metadata,
        imagePaths: [...metadata.localImagePaths, ...metadata.remoteImagePaths],
      },
    };
  };
}

async function createRenderer(
  config: AstroConfig,
  reviewsDir: string,
  report: Report,
  mdx: boolean,
) {
  const { markdown, image } = config;
  const { processor } = markdown;
  if (!isUnifiedProcessor(processor)) {
    throw new Error(
      `问题、原因、措施的正文要由 remark 和 rehype 渲染，但 astro.config.mjs 中的 markdown.processor 是“${processor.name}”。` +
        '请改为 @astrojs/markdown-remark 的 unified({ … })。',
    );
  }
  const onError = (file: VFile, error: unknown) => {
    report([syntaxProblem(relative(process.cwd(), file.path), error)]);
  };
  const entries = unified({
    ...processor.options,
    remarkPlugins: [
      ...(mdx ? [[remarkMdxSyntax, { onError }] as [typeof remarkMdxSyntax, unknown]] : []),
      // These report instead of throwing; the configured copies after them then find an empty file.
      [remarkPlainText, { reviewsDir, report }],
      [remarkEntryComponents, { reviewsDir }],
      [remarkSafeLinks, { reviewsDir, report }],
      [remarkEntryImages, { reviewsDir, base: config.base, report }],
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
