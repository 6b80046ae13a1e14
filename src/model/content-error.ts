/** One thing wrong with the content, located precisely enough to fix without searching. */
export interface ContentProblem {
  /** Path of the content file, relative to the project root. */
  file: string;
  /** The front matter field (e.g. `causes[1]`), or `正文`; absent when the whole file is at fault. */
  field?: string;
  /** The line of the file, when known (front matter fields, MDX syntax). */
  line?: number;
  /** What is wrong: what was found and what was expected, as a sentence after the place. */
  message: string;
  /** How to fix it. */
  hint: string;
}

/** Thrown when the reviews' content is inconsistent; its message lists every problem found. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Where a problem is: `file 第 3 行 → field`. */
export function problemPlace({ file, line, field }: ContentProblem): string {
  const at = line ? `${file} 第 ${line} 行` : file;
  return field ? `${at} → ${field}` : at;
}

/** Formats problems one per line, each followed by its fix, for the build log. */
export function formatProblems(problems: ContentProblem[]): string {
  const lines = problems.map((p) => `  ✗ ${problemPlace(p)}：${p.message}\n    改法：${p.hint}`);
  return `材料内容有 ${problems.length} 处问题，网站没有生成：\n${lines.join('\n')}`;
}
