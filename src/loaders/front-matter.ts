/**
 * A content file's front matter as written. Astro reads front matter with YAML 1.1 timestamps, so
 * an unquoted `2024-02-30` is already 2024-03-01 when a schema sees it; YAML 1.2's core schema has
 * no timestamps, and every date stays the text the file holds, for the schema to check.
 */
import { parseDocument, type Document } from 'yaml';
import type { ContentProblem } from '../model/content-error.ts';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** The 1-based line of the file where a field's value (or, for a missing one, the block) is. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

const BLOCK = /^(\uFEFF?\s*)---\r?\n([\s\S]*?\r?\n)?---/;

/** The front matter of a file's text, or the problem that stops it being read. */
export function readFrontMatter(
  text: string,
  file: string,
): { frontMatter: FrontMatter } | { problem: ContentProblem } {
  const match = BLOCK.exec(text);
  const yamlText = match?.[2] ?? '';
  // Line 1 is the opening `---` (after any blank lines before it).
  const firstLine = (match?.[1] ?? '').split('\n').length + 1;
  const doc = parseDocument(yamlText, { version: '1.2', schema: 'core', uniqueKeys: true });
  const [error] = doc.errors;
  if (error) {
    const line = firstLine + (error.linePos?.[0].line ?? 1) - 1;
    return {
      problem: {
        file,
        line,
        message: `前置字段不是有效的 YAML（${error.code}）`,
        hint: '检查这一行的缩进、冒号后的空格和引号是否成对；同一字段不能写两次。',
      },
    };
  }
  const data: unknown = doc.toJS();
  return {
    frontMatter: {
      data: data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {},
      lineOf: (path) => lineOfPath(doc, yamlText, path, firstLine),
    },
  };
}

function lineOfPath(
  doc: Document,
  yamlText: string,
  path: readonly PropertyKey[],
  firstLine: number,
): number | undefined {
  // The deepest part of the path the file has: a missing field is reported where its map is.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = (
      depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true)
    ) as { range?: [number, number, number] } | null | undefined;
    if (node?.range) return firstLine + yamlText.slice(0, node.range[0]).split('\n').length - 1;
  }
  return undefined;
}
