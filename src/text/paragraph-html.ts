/**
 * The paragraphs of an entry's HTML (rendered while content syncs) as the full text places them
 * inside a paragraph shared with other findings: what `<Content components={{ p: … }} />` does to
 * an entry compiled as MDX (see SharedParagraph.astro), done to the HTML instead.
 */
import type { ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

/**
 * Which paragraphs stay and how: `inline` every paragraph's content without its `<p>` (a part of
 * the shared paragraph), `continued` only the content of the paragraph marked `data-continues`
 * (the part a continuing finding adds to the paragraph before it), `following` the other
 * paragraphs as plain `<p>` elements (published after the shared paragraph).
 */
export type ParagraphPlacement = 'inline' | 'continued' | 'following';

function place(nodes: (RootContent | ElementContent)[], how: ParagraphPlacement): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type === 'doctype') return [];
    if (node.type !== 'element') return [node as ElementContent];
    const children = place(node.children, how);
    if (node.tagName !== 'p') return [{ ...node, children }];
    const continues = 'dataContinues' in node.properties;
    if (how === 'inline') return children;
    if (how === 'continued') return continues ? children : [];
    return continues ? [] : [{ type: 'element', tagName: 'p', properties: {}, children }];
  });
}

/** The entry's HTML with its paragraphs placed `how`. */
export function placeParagraphs(html: string, how: ParagraphPlacement): string {
  const tree = fromHtml(html, { fragment: true });
  const placed: Root = { type: 'root', children: place(tree.children, how) };
  return toHtml(placed);
}
