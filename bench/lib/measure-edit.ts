/**
 * The edits a rebuild is measured after: one measure's ledger status, as a user updates it, and
 * one word added to an entry's text, as a correction of the document.
 */

/** Statuses the rebuilds set in turn, so that each one changes the file. */
export const REBUILD_STATUSES = ['推进中', '已完成'] as const;

/** The status a rebuild numbered `run` (from 1) sets. */
export function rebuildStatus(run: number): string {
  return REBUILD_STATUSES[(run - 1) % REBUILD_STATUSES.length]!;
}

/** The measure file's text with its `status:` set to `status`, added after `title:` if absent. */
export function withStatus(text: string, status: string): string {
  const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!frontMatter) throw new Error('withStatus: the measure has no front matter');
  const fields = frontMatter[1]!;
  const line = /^status:.*$/m.test(fields) ? /^status:.*$/m : /^title:.*$/m;
  if (!line.test(fields)) throw new Error('withStatus: the measure has no title line');
  const changed = fields.replace(line, (found) =>
    found.startsWith('status:') ? `status: ${status}` : `${found}\nstatus: ${status}`,
  );
  return `---\n${changed}\n---\n${text.slice(frontMatter[0].length)}`;
}

/** The word a text rebuild adds. */
export const ADDED_WORD = '切实';

/** The entry file's text with `word` added before the first 。 of its body (or at its end). */
export function withWordAdded(text: string, word: string = ADDED_WORD): string {
  const frontMatter = /^---\n[\s\S]*?\n---\n/.exec(text);
  const start = frontMatter ? frontMatter[0].length : 0;
  const stop = text.indexOf('。', start);
  const at = stop === -1 ? text.trimEnd().length : stop;
  return text.slice(0, at) + word + text.slice(at);
}
