/**
 * The components a finding, cause or measure may use in its `.mdx` text: the one place to add
 * one. Each is turned into plain HTML while content syncs (remark-entry-components), so pages carry
 * no script for it, and it looks the same on the entry's page, in the full text, in the offline
 * copy and in print. Anything else in angle brackets is refused (remark-plain-text), with the
 * attributes of these checked against what each declares.
 */
import type { BlockContent, Image, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';

/** An attribute a component takes: always a quoted string. */
export interface ComponentAttribute {
  required: boolean;
  /** What it is, for messages and the README. */
  description: string;
}

/** A component entries may use. */
export interface EntryComponent {
  /** What it is for, for messages. */
  description: string;
  attributes: Record<string, ComponentAttribute>;
  /** Whether it wraps text of its own (`<Note>…</Note>`) or stands alone (`<Figure … />`). */
  children: boolean;
  /** The Markdown it stands for, given its attributes (checked) and children. */
  toMarkdown(attributes: Record<string, string>, children: RootContent[]): RootContent;
}

/**
 * A node remark-rehype turns into the element `tagName`: the unknown-node handler of
 * mdast-util-to-hast makes an element of `data.hName` with the node's children.
 */
function element(
  tagName: string,
  className: string,
  children: RootContent[],
  properties: Record<string, string> = {},
): RootContent {
  return {
    type: 'entryComponent',
    data: { hName: tagName, hProperties: { className: [className], ...properties } },
    children,
  } as unknown as RootContent;
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });

export const ENTRY_COMPONENTS: Record<string, EntryComponent> = {
  Note: {
    description: '附注：编者加的说明，不是原文',
    attributes: {},
    children: true,
    // A note in the text (role note), left out of the search index: search finds the document's
    // words, and the description of a page never quotes a note (src/text/entry-facts.ts).
    toMarkdown: (_, children) =>
      element(
        'aside',
        'editor-note',
        [
          {
            type: 'paragraph',
            data: { hProperties: { className: ['editor-note-label'] } },
            children: [text('附注（编者所加，不是原文）')],
          } satisfies Paragraph,
          ...(children as BlockContent[]),
        ],
        { role: 'note', 'data-pagefind-ignore': '' },
      ),
  },
  Figure: {
    description: '图：材料文件夹中的一张图片，带说明文字',
    attributes: {
      src: { required: true, description: '图片文件，相对于这个条目的文件，如 ./images/chart.png' },
      alt: { required: true, description: '图片的文字描述，供读屏软件朗读' },
      caption: { required: false, description: '图下的说明文字' },
    },
    children: false,
    toMarkdown: ({ src = '', alt = '', caption }) =>
      element('figure', 'entry-figure', [
        { type: 'image', url: src, alt, title: null } satisfies Image,
        ...(caption ? [element('figcaption', 'entry-figure-caption', [text(caption)])] : []),
      ]),
  },
};

/** The component a JSX element names, if entries may use it. */
export function entryComponent(node: Pick<MdxJsxFlowElement, 'name'>): EntryComponent | undefined {
  return node.name && Object.hasOwn(ENTRY_COMPONENTS, node.name)
    ? ENTRY_COMPONENTS[node.name]
    : undefined;
}
