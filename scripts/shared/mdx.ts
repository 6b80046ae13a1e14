/**
 * Writing entries as MDX files. Text becomes an mdast tree serialized by remark's own MDX and GFM
 * serializers, which escape exactly what MDX and GFM would otherwise read as syntax (`<`, `{`, `*`,
 * `~`, a line starting with `1.` or `#` …), so any text comes back unchanged. Front matter is YAML.
 */
import type { Heading, Paragraph as MdastParagraph, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown, type MdxJsxFlowElement } from 'mdast-util-mdx';
import { toMarkdown, type Options as ToMarkdownOptions } from 'mdast-util-to-markdown';
import { Document, isSeq, type DocumentOptions, type ToStringOptions } from 'yaml';
import { splitFrontMatter } from '../../src/loaders/front-matter.ts';
import { PART_PLACEHOLDERS, type EntryKind } from '../../src/model/kinds.ts';

/** A paragraph node holding `text` as it is. */
export function paragraphNode(text: string): MdastParagraph {
  return { type: 'paragraph', children: [{ type: 'text', value: text }] };
}

/** A section heading of the review's text (`## 一、存在的主要问题`). */
export function headingNode(text: string): Heading {
  return { type: 'heading', depth: 2, children: [{ type: 'text', value: text }] };
}

/** `<Findings />`, `<Causes />` or `<Measures />`: where a part's entries go in the review's text. */
export function partPlaceholderNode(kind: EntryKind): MdxJsxFlowElement {
  return { type: 'mdxJsxFlowElement', name: PART_PLACEHOLDERS[kind], attributes: [], children: [] };
}

/**
 * MDX reads a line starting with `import ` or `export ` as JavaScript. The MDX serializer never
 * writes such text itself, so it does not guard against it; these patterns make the serializer
 * encode that first letter like any other unsafe character.
 */
const esmToMarkdown: ToMarkdownOptions = {
  unsafe: [
    { character: 'i', atBreak: true, after: 'mport ' },
    { character: 'e', atBreak: true, after: 'xport ' },
  ],
};

/** Serializes blocks as an MDX body. */
export function toMdx(children: RootContent[]): string {
  const root: Root = { type: 'root', children };
  return toMarkdown(root, { extensions: [mdxToMarkdown(), gfmToMarkdown(), esmToMarkdown] });
}

const YAML_OPTIONS: DocumentOptions = { version: '1.2' };
// Long Chinese lines stay on one line: folded scalars are valid but hard to edit by hand.
const YAML_OUTPUT: ToStringOptions = {
  lineWidth: 0,
  minContentWidth: 0,
  flowCollectionPadding: false,
};

/** A new front matter document; relation lists are written inline (`causes: []`) as people do. */
export function frontMatterDocument(data: Record<string, unknown>): Document {
  const doc = new Document(data, YAML_OPTIONS);
  for (const key of ['causes', 'measures']) {
    const seq = doc.get(key, true);
    if (isSeq(seq)) seq.flow = true;
  }
  return doc;
}

/** The text of an MDX file: front matter between `---` lines, a blank line, the body. */
export function mdxFile(frontMatter: Document, body: string): string {
  return `---\n${frontMatter.toString(YAML_OUTPUT)}---\n\n${body}`;
}

/**
 * Splits an MDX file into its front matter text and body, where the build finds them (a BOM or
 * blank lines before the opening `---` are allowed); undefined without front matter. The body is
 * what follows the closing `---` line and the blank line `mdxFile` writes after it, as written.
 */
export function splitMdxFile(text: string): { frontMatter: string; body: string } | undefined {
  const block = splitFrontMatter(text);
  if (!block.present) return undefined;
  // The rest of the closing line (spaces typed after `---`) is not the body's.
  const body = text.slice(block.end).replace(/^[ \t]*\r?\n(?:\r?\n)?/, '');
  return { frontMatter: block.yaml, body };
}
