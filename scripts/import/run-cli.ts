/**
 * `npm run import -- <file> --review <name>`: imports a review document (.txt, .md, .docx) into
 * content/reviews/<name>/ (or $CONTENT_DIR/reviews/<name>/); `--inspection <name>` instead imports
 * an inspection's feedback document into content/inspections/<name>/. Writes nothing unless it
 * succeeds; its exit code says why it did not (see USAGE).
 *
 * The command itself, given its arguments, its environment and where to print; cli.ts runs it in
 * its own process, tests in theirs.
 */
import { join } from 'node:path';
import { contentDir } from '../../src/model/content-dir.ts';
import { exitWithUsage, runCommand, typedPath, type CommandIo } from '../shared/command-io.ts';
import { printUnexpected } from '../shared/command-failure.ts';
import { describeFailure, exitCodeOf, userErrors } from '../shared/failure.ts';
import { parseCommandOptions } from '../shared/options.ts';
import { inspectionsDirOf } from '../shared/inspection-files.ts';
import { importReview } from './import-review.ts';
import { importInspection } from './inspection/import-inspection.ts';
import { formatInspectionReport } from './inspection/report.ts';
import { recoverInterruptedImports } from './interrupted.ts';
import { formatRecoveries, formatReport } from './report.ts';

/** The exit codes, as USAGE explains them. */
const EXIT = { done: 0, wrongInput: 1, unreadable: 2, failed: 3 } as const;

const USAGE = `用法：npm run import -- <文件> --review <材料代号> [选项]
      npm run import -- <文件> --inspection <巡察代号> [选项]

把对照检查材料（.txt、.md 或 .docx）导入到 content/reviews/<材料代号>/，
或把巡察的反馈意见导入到 content/inspections/<巡察代号>/。

选项：
  --review <材料代号>      导入对照检查材料：文件夹名，也是网址的一部分，小写英文字母、数字和连字符
  --inspection <巡察代号>  导入巡察的反馈意见：文件夹名，写法同上；与 --review 只能用一个
  --encoding <编码>        按这种编码读取 .txt 或 .md 文件（默认自动识别 UTF-8、GB18030 或 Big5）
  --force                  即使文件夹里是另一份材料（反馈意见）或有手工修改，也整个替换
  --dry-run                只检查并报告，不写入任何文件
  --keep-lines             每行都作为一段，不把在句子中间断开的行连起来
  --recover                不导入，只恢复上次中断的导入（导入时也会先自动恢复）
  --content <文件夹>       导入到这个内容文件夹（其中有 reviews/、inspections/），默认 content
  --help                   显示本说明

退出码：
  0  完成
  1  材料有误：结构无法识别、选项不对，或导入后的内容无法构建；没有写入任何内容
  2  文件无法读取：找不到、打不开、不是文本或 Word 文档，或超出大小限制；没有写入任何内容
  3  无法写入内容文件夹，或出现意外错误（设置 DEBUG=1 可看到详细信息）`;

function parse(args: string[], io: CommandIo) {
  return parseCommandOptions(
    {
      args,
      allowPositionals: true,
      options: {
        review: { type: 'string' },
        inspection: { type: 'string' },
        encoding: { type: 'string' },
        force: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        'keep-lines': { type: 'boolean', default: false },
        recover: { type: 'boolean', default: false },
        content: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    },
    USAGE,
    EXIT.wrongInput,
    io,
  );
}

/** Prints the problem and the usage, and ends the command with exit code 1. */
function usageError(problem: string, io: CommandIo): never {
  exitWithUsage(problem, USAGE, EXIT.wrongInput, io);
}

/** Prints why the import stopped; returns the exit code for it. */
export function reportFailure(error: unknown, io: CommandIo): number {
  if (userErrors(error).length === 0) {
    printUnexpected(error, io, { during: '导入时', unwritten: '', inputs: '所用的文件' });
    return EXIT.failed;
  }
  const code = exitCodeOf(error, EXIT.failed);
  // A document or content that is wrong stops the import before it writes; a folder it could not
  // write (3) says itself what state it is left in.
  const before = code === EXIT.failed ? '' : '没有导入任何内容。\n';
  io.stderr(`✗ ${before}${describeFailure(error, { env: io.env })}\n`);
  return code;
}

/** Runs the command for `args` (the words after `npm run import --`); resolves with its exit code. */
export function runImportCli(args: string[], io: CommandIo): Promise<number> {
  return runCommand(
    () => run(args, io),
    (error) => reportFailure(error, io),
  );
}

async function run(args: string[], io: CommandIo): Promise<void> {
  const { values, positionals } = parse(args, io);
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return;
  }
  // --content, else CONTENT_DIR, else ./content.
  const folder = values.content ?? contentDir(io.env);
  const reviewsDir = join(folder, 'reviews');
  const inspectionsDir = inspectionsDirOf(folder);

  if (values.recover) {
    if (positionals.length > 0) usageError('--recover 只恢复中断的导入，不能同时导入文档', io);
    const recoveries = [
      ...(await recoverInterruptedImports(reviewsDir)),
      ...(await recoverInterruptedImports(inspectionsDir)),
    ];
    io.stdout(
      `${
        recoveries.length > 0
          ? formatRecoveries(recoveries).join('\n')
          : `✓ ${reviewsDir} 和 ${inspectionsDir} 中没有中断的导入。`
      }\n`,
    );
    return;
  }

  if (values.review !== undefined && values.inspection !== undefined) {
    usageError(
      '--review 和 --inspection 只能用一个：导入对照检查材料用 --review <材料代号>，导入巡察的反馈意见用 --inspection <巡察代号>',
      io,
    );
  }
  if (positionals.length !== 1 || (!values.review && !values.inspection)) {
    usageError(
      positionals.length > 1
        ? `一次只能导入一个文档，这里有 ${positionals.length} 个：${positionals.join('、')}`
        : positionals.length === 0
          ? '请指明要导入的文档和材料代号，例如 npm run import -- 材料.docx --review xx-2024'
          : '请用 --review 指明材料代号，例如 npm run import -- 材料.docx --review xx-2024；导入巡察的反馈意见时用 --inspection 指明巡察代号，例如 --inspection xc-2024',
      io,
    );
  }

  const file = typedPath(positionals[0]!, io);

  if (values.inspection !== undefined) {
    if (!values['dry-run']) {
      const recoveries = formatRecoveries(await recoverInterruptedImports(inspectionsDir));
      if (recoveries.length > 0) io.stdout(`${recoveries.join('\n')}\n`);
    }
    const report = await importInspection({
      file,
      inspection: values.inspection,
      contentDir: folder,
      encoding: values.encoding,
      force: values.force,
      dryRun: values['dry-run'],
      keepLines: values['keep-lines'],
    });
    io.stdout(`${formatInspectionReport(report)}\n`);
    return;
  }

  // Recovered first and reported here, so that what was put back is said even if the import fails.
  if (!values['dry-run']) {
    const recoveries = formatRecoveries(await recoverInterruptedImports(reviewsDir));
    if (recoveries.length > 0) io.stdout(`${recoveries.join('\n')}\n`);
  }
  const report = await importReview({
    file,
    review: values.review!,
    contentDir: folder,
    encoding: values.encoding,
    force: values.force,
    dryRun: values['dry-run'],
    keepLines: values['keep-lines'],
  });
  io.stdout(`${formatReport(report)}\n`);
}
