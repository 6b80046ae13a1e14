/**
 * Makes the Markdown pipeline read a file as MDX reads it: no indented code, raw HTML or autolinks,
 * and `{…}`, `<…>` and import/export lines as MDX syntax (for remark-plain-text to refuse). Entries
 * are `.mdx` files rendered by the Markdown pipeline during content sync (src/loaders/
 * entry-rendering.ts); read this way they come out exactly as MDX would render them.
 *
 * Text that is not even valid MDX (an unescaped `<关于…>` with no closing tag) makes the parser
 * throw; it is reported to `onError` and the file renders empty, so that the loader can fail the
 * build once with every such file named, instead of Astro logging and skipping each one.
 */
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { Root } from 'mdast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';

export interface Options {
  /** Called with the file and the parser's error when the text is not valid MDX. */
  onError: (file: VFile, error: unknown) => void;
}

/** Adds MDX's syntax to remark-parse, reporting what it cannot parse instead of throwing. */
export default function remarkMdxSyntax(this: Processor, { onError }: Options) {
  // The extension lists remark-parse reads (declared by remark-parse's types, not a dependency here).
  const data = this.data() as {
    micromarkExtensions?: unknown[];
    fromMarkdownExtensions?: unknown[];
  };
  (data.micromarkExtensions ??= []).push(mdxjs());
  (data.fromMarkdownExtensions ??= []).push(mdxFromMarkdown());
  const parse = this.parser;
  if (!parse) throw new Error('remark-mdx-syntax must be used after remark-parse');
  this.parser = (document: string, file: VFile): Root => {
    try {
      return parse(document, file) as Root;
    } catch (error) {
      onError(file, error);
      return { type: 'root', children: [] };
    }
  };
}
