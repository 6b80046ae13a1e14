/**
 * Turns the entries' own components (entry-components.ts) into the Markdown they stand for, so
 * that the rest of the pipeline — links and images checked, images resolved, HTML written — sees
 * them as text like any other. remark-plain-text has checked their use before this runs.
 */
import type { Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { contentFileOf, isDocumentFile } from './content-file-of.ts';
import { entryComponent } from './entry-components.ts';

export interface Options {
  /** Absolute path of the `reviews/` folder; files outside it are left alone. */
  reviewsDir: string;
}

/** The string attributes of a JSX element, by name. */
function attributesOf(node: MdxJsxFlowElement): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') {
      attributes[attribute.name] = attribute.value;
    }
  }
  return attributes;
}

/** Replaces each component of an entry's text by its Markdown. */
export default function remarkEntryComponents({ reviewsDir }: Options) {
  return (tree: Root, file: VFile) => {
    const content = contentFileOf(file, reviewsDir);
    if (!content || isDocumentFile(content)) return;
    visit(tree, 'mdxJsxFlowElement', (node, index, parent) => {
      const component = entryComponent(node);
      if (!component || !parent || index === undefined) return;
      const replacement = component.toMarkdown(attributesOf(node), node.children);
      // Positions stay, for any later message about what the component made (its image).
      visit(replacement, (made) => {
        made.position ??= node.position;
      });
      parent.children.splice(index, 1, replacement);
      // Its children are the document's Markdown: visited again as part of the replacement.
      return [SKIP, index];
    });
  };
}
