/**
 * `npm run workbook -- export <review>` writes a review's ledger and relations as an Excel
 * workbook to send to the units; `npm run workbook -- import <file>` writes what they filled in
 * back into the content files, or nothing at all when anything in it is wrong. See USAGE.
 *
 * The command itself, given its arguments, its environment and where to print; cli.ts runs it in
 * its own process, tests in theirs.
 */
import { contentDir } from '../../src/model/content-dir.ts';
import { ID_PATTERN } from '../../src/model/kinds.ts';
import { formatRecoveries } from '../import/report.ts';
import { exitWithUsage, runCommand, typedPath, type CommandIo } from '../shared/command-io.ts';
import { reportWriteFailure } from '../shared/command-failure.ts';
import { parseCommandOptions } from '../shared/options.ts';
import { exportWorkbook } from './export-workbook.ts';
import { importWorkbook } from './import-workbook.ts';
import { formatExportReport, formatImportReport } from './report.ts';

/** The exit codes, as USAGE explains them. */
const EXIT = { done: 0, wrongInput: 1, unreadable: 2, failed: 3 } as const;

const USAGE = `用法：
  npm run workbook -- export <材料代号> [--out <文件>.xlsx] [--force]
  npm run workbook -- export --all [--out <文件>.xlsx] [--force]
  npm run workbook -- import <文件>.xlsx|.csv [--dry-run] [--force] [--encoding <编码>]

export  把材料的整改台账和问题与原因、措施的关系导出为 Excel 工作簿，发给各单位填写。
        默认写到当前文件夹的 <材料代号>-整改台账.xlsx（--all 为 整改台账.xlsx）；
        文件已存在时不覆盖，除非加上 --force。
import  把填好的工作簿（或网站上下载、改过的 ledger.xlsx、ledger.csv）写回内容文件。
        工作簿中有任何问题，或条目在导出之后被修改过，都什么也不写入，并指出工作表、行和列。

选项：
  --all               导出全部材料
  --out <文件>        导出到这个文件
  --dry-run           只检查并列出会改动什么，不写入任何文件
  --force             export：覆盖已有的文件；import：条目在导出之后被修改过也以工作簿为准写入
  --encoding <编码>   CSV 文件的编码，如 gb18030、utf-8（默认自动识别）
  --content <文件夹>  使用这个内容文件夹（其中有 reviews/），默认 content
  --help              显示本说明

退出码：
  0  完成
  1  工作簿或内容有误、条目在导出后被修改过、选项不对；没有写入任何内容
  2  文件无法读取：找不到、不是 .xlsx 或 .csv、已损坏或超出大小限制；没有写入任何内容
  3  无法写入，或出现意外错误（设置 DEBUG=1 可看到详细信息）`;

function parse(args: string[], io: CommandIo) {
  return parseCommandOptions(
    {
      args,
      allowPositionals: true,
      options: {
        all: { type: 'boolean', default: false },
        out: { type: 'string' },
        force: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        encoding: { type: 'string' },
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

/**
 * What a list of problems in the content says did not happen. An import lists them in its own
 * words, naming the workbook (import-workbook.ts), so only an export meets one as it is.
 */
const OUTCOME = { export: '工作簿没有导出', import: '没有写入任何内容' } as const;

/**
 * Prints why the command stopped; returns the exit code for it. `command` is the one that stopped,
 * when it was known.
 */
export function reportFailure(
  error: unknown,
  io: CommandIo,
  command?: keyof typeof OUTCOME,
): number {
  return reportWriteFailure(
    error,
    io,
    {
      unwritten: '没有写入任何内容。',
      inputs: '所用的文件',
      outcome: command && OUTCOME[command],
    },
    EXIT,
  );
}

/** Runs the command for `args` (the words after `npm run workbook --`); resolves with its exit code. */
export function runWorkbookCli(args: string[], io: CommandIo): Promise<number> {
  const running: { command?: keyof typeof OUTCOME } = {};
  return runCommand(
    () => run(args, io, running),
    (error) => reportFailure(error, io, running.command),
  );
}

/** Runs the command; sets `running.command` once it knows which. */
async function run(
  args: string[],
  io: CommandIo,
  running: { command?: keyof typeof OUTCOME },
): Promise<void> {
  const { values, positionals } = parse(args, io);
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return;
  }
  // --content, else CONTENT_DIR, else ./content.
  const folder = values.content ?? contentDir(io.env);
  const [command, ...rest] = positionals;

  if (command === 'export' || command === 'import') running.command = command;
  if (command === 'export') {
    if (values['dry-run'] || values.encoding) {
      usageError('--dry-run 和 --encoding 只用于 import', io);
    }
    if (values.all ? rest.length > 0 : rest.length !== 1) {
      usageError(
        values.all
          ? '--all 导出全部材料，不再写材料代号'
          : rest.length === 0
            ? '请写明要导出的材料代号（content/reviews/ 下的文件夹名），如 npm run workbook -- export xx-minzhengju-2023，或用 --all 导出全部材料'
            : `一次只能导出一份材料（或用 --all 导出全部），这里有 ${rest.length} 个：${rest.join('、')}`,
        io,
      );
    }
    const review = rest[0];
    if (review !== undefined && !ID_PATTERN.test(review)) {
      usageError(
        `“${review}”不是材料代号：材料代号是 content/reviews/ 下的文件夹名，只有小写英文字母、数字和连字符`,
        io,
      );
    }
    const out = typedPath(values.out ?? `${review ?? ''}${review ? '-' : ''}整改台账.xlsx`, io);
    if (!out.toLowerCase().endsWith('.xlsx')) {
      usageError(`导出的文件名应以 .xlsx 结尾，这里是“${out}”`, io);
    }
    const report = await exportWorkbook({
      contentDir: folder,
      reviews: review ? [review] : 'all',
      out,
      force: values.force,
    });
    io.stdout(`${formatExportReport(report)}\n`);
  } else if (command === 'import') {
    if (values.all || values.out) usageError('--all 和 --out 只用于 export', io);
    if (rest.length !== 1) {
      usageError(
        rest.length === 0
          ? '请写明要导入的文件，如 npm run workbook -- import 整改台账.xlsx'
          : `一次只能导入一个文件，这里有 ${rest.length} 个：${rest.join('、')}`,
        io,
      );
    }
    const report = await importWorkbook({
      file: typedPath(rest[0]!, io),
      contentDir: folder,
      encoding: values.encoding,
      dryRun: values['dry-run'],
      force: values.force,
    });
    const recoveries = formatRecoveries(report.recovered);
    if (recoveries.length > 0) io.stdout(`${recoveries.join('\n')}\n`);
    io.stdout(`${formatImportReport(report)}\n`);
  } else {
    usageError(
      command === undefined
        ? '请写明要做什么：export（导出工作簿）或 import（导入填好的工作簿）'
        : `没有“${command}”这个命令，应为 export 或 import`,
      io,
    );
  }
}
