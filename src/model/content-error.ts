/** One thing wrong with the content, located precisely enough to fix without searching. */
export interface ContentProblem {
  /** Path of the content file, relative to the project root. */
  file: string;
  /** The front matter field (e.g. `causes[1]`), or `body`; absent when the whole file is at fault. */
  field?: string;
  /** What is wrong, as a sentence fragment following the file and field. */
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

/** Formats problems one per line, each followed by its fix, for the build log. */
export function formatProblems(problems: ContentProblem[]): string {
  const lines = problems.map((p) => {
    const where = p.field ? `${p.file} → ${p.field}` : p.file;
    return `  ✗ ${where}: ${p.message}\n    ${p.hint}`;
  });
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `The review content has ${count}:\n${lines.join('\n')}`;
}
