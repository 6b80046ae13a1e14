/**
 * `npm run import -- <file> --review <name>`: imports a review document (.txt, .md, .docx) into
 * content/reviews/<name>/ (or $CONTENT_DIR/reviews/<name>/). Exits 1 with the reason when the
 * document cannot be imported, and then writes nothing.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ContentError } from '../../src/model/content-error';
import { contentDir } from '../../src/model/content-dir';
import { importReview, DocumentError, type ImportReport } from './import-review';

const USAGE = `Usage: npm run import -- <file> --review <name> [options]

Imports a review document (.txt, .md or .docx) into content/reviews/<name>/.

Options:
  --review <name>      folder and URL name of the review: lower-case letters, digits, hyphens
  --encoding <label>   read a .txt or .md file in this encoding (default: UTF-8, else GB18030)
  --force              replace the review folder even if it holds another review or hand edits
  --dry-run            check the document and report, but write nothing
  --help               show this text

Set CONTENT_DIR to import into another content folder (the one holding reviews/).`;

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        review: { type: 'string' },
        encoding: { type: 'string' },
        force: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  }
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values, positionals } = parse();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length !== 1 || !values.review) {
  fail(
    `Name one document and the review: npm run import -- 材料.docx --review xx-2024\n\n${USAGE}`,
  );
}

// npm runs scripts in the project folder; a relative path means the folder the command was typed in.
const typedIn = process.env.INIT_CWD ?? process.cwd();
const absolute = resolve(typedIn, positionals[0]!);
const fromProject = relative(process.cwd(), absolute);
// Messages name the document briefly when it is inside the project, by its whole path otherwise
// (`../../somewhere/doc.txt` would say less than the path itself).
const file =
  fromProject && !fromProject.startsWith('..') && !isAbsolute(fromProject) ? fromProject : absolute;

try {
  const report = await importReview({
    file,
    review: values.review,
    contentDir: contentDir(),
    encoding: values.encoding,
    force: values.force,
    dryRun: values['dry-run'],
  });
  console.log(formatReport(report));
} catch (error) {
  if (error instanceof DocumentError || error instanceof ContentError) {
    fail(`✗ Nothing was imported.\n${error.message}`);
  }
  throw error;
}

function formatReport(report: ImportReport): string {
  const { plan, counts, source, facts } = report;
  const verb = !report.written
    ? 'Checked (dry run, nothing written)'
    : plan.mode === 'update'
      ? 'Updated'
      : 'Imported';
  const lines = [
    `✓ ${verb}: ${source.file} (${source.encoding}, ${source.paragraphs} paragraphs) → ${report.folder}/ in ${Math.round(report.milliseconds)} ms`,
    `  ${counts.findings} findings in ${counts.areas} area(s), ${counts.causes} causes, ${counts.measures} measures`,
  ];
  if (plan.mode === 'update') {
    lines.push(
      `  ${plan.changed.length} of ${plan.files.length} files changed, ${plan.removed.length} removed; relations and hand-edited fields kept`,
    );
  }
  if (plan.mode === 'replace') lines.push('  --force: the folder’s earlier content was replaced');

  const missing: string[] = [];
  if (facts.missing.includes('title'))
    missing.push(`title: no title line found; review.mdx says “${facts.title}”`);
  if (facts.missing.includes('organization'))
    missing.push(`organization: the title names no unit; review.mdx says “${facts.organization}”`);
  if (facts.missing.includes('meeting'))
    missing.push(
      `meeting: the document names no 民主生活会/组织生活会; review.mdx says “${facts.meeting}”`,
    );
  const notes = [
    ...missing,
    ...report.notes.map((n) => (n.line ? `${source.unit} ${n.line}: ${n.message}` : n.message)),
    ...plan.notes,
  ];
  if (notes.length > 0) lines.push('', 'Check:', ...notes.map((n) => `  • ${n}`));
  if (facts.missing.some((m) => m !== 'date')) {
    lines.push(`  Replace each “待填写” placeholder in ${report.folder}/review.mdx.`);
  }
  if (plan.mode !== 'update' && counts.findings > 0) {
    lines.push(
      '',
      'Next: link each finding to its causes and measures — in findings/*.mdx fill in',
      '  causes: [1, 3] and measures: [2] (ids are the file names in causes/ and measures/),',
      '  then run npm run build. See “导入文档” in the README.',
    );
  }
  return lines.join('\n');
}
