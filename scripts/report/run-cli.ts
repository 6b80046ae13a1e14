/**
 * `npm run report -- <inspection>` writes the progress report (整改进展情况报告) of an inspection's
 * rectification as a Word document in the layout of official documents. See USAGE.
 *
 * The command itself, given its arguments, its environment and where to print; cli.ts runs it in
 * its own process, tests in theirs.
 */
import { localToday } from '../../src/ledger/lights.ts';
import { contentDir } from '../../src/model/content-dir.ts';
import { ID_PATTERN } from '../../src/model/kinds.ts';
import { formatIsoDate, parseIsoDate } from '../../src/text/dates.ts';
import { exitWithUsage, runCommand, typedPath, type CommandIo } from '../shared/command-io.ts';
import { reportWriteFailure } from '../shared/command-failure.ts';
import { parseCommandOptions } from '../shared/options.ts';
import { formatReportSummary } from './summary.ts';
import { writeReport } from './write-report.ts';

/** The exit codes, as USAGE explains them. */
const EXIT = { done: 0, wrongInput: 1, failed: 3 } as const;

const USAGE = `用法：npm run report -- <巡察代号> [--out <文件>.docx] [--date YYYY-MM-DD] [--content <文件夹>] [--force]

把一次巡察的整改进展情况报告写成 Word 文档（公文格式：A4，三号仿宋正文，黑体、楷体标题，页脚页码），
内容与网站上的“整改进展情况报告”页相同：反馈问题和整改措施的数目、完成率、推进中和逾期的措施，
再按反馈意见的各方面逐个问题写明哪些对照检查材料回应了它、每项措施的状态、责任单位、完成时限和最新进展。

  <巡察代号>          内容文件夹的 inspections/ 下的文件夹名，如 xc-2023-shili
  --out <文件>        写到这个文件，默认是当前文件夹的 <巡察代号>-整改进展情况报告-<日期>.docx；
                      文件已存在时不覆盖，除非加上 --force
  --date YYYY-MM-DD   按这一天计算完成情况和逾期天数，默认是今天
  --content <文件夹>  内容文件夹（其中有 inspections/ 和 reviews/），默认是 CONTENT_DIR 或 content
  --force             覆盖已有的文件
  --help              显示本说明

退出码：
  0  完成
  1  内容有误、没有这个巡察、文件已存在、选项不对；没有写入任何文件
  3  无法写入，或出现意外错误（设置 DEBUG=1 可看到详细信息）`;

function parse(args: string[], io: CommandIo) {
  return parseCommandOptions(
    {
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        date: { type: 'string' },
        content: { type: 'string' },
        force: { type: 'boolean', default: false },
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

/** Prints why the command stopped; returns the exit code for it. */
export function reportFailure(error: unknown, io: CommandIo): number {
  return reportWriteFailure(
    error,
    io,
    { unwritten: '没有写入任何文件。', inputs: '所用的内容', outcome: '报告没有生成' },
    EXIT,
  );
}

/** Runs the command for `args` (the words after `npm run report --`); resolves with its exit code. */
export function runReportCli(args: string[], io: CommandIo): Promise<number> {
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
  if (positionals.length !== 1) {
    usageError(
      positionals.length === 0
        ? '请写明要写报告的巡察代号（inspections/ 下的文件夹名），如 npm run report -- xc-2023-shili'
        : `一次只能写一次巡察的报告，这里有 ${positionals.length} 个：${positionals.join('、')}`,
      io,
    );
  }
  const inspection = positionals[0]!;
  if (!ID_PATTERN.test(inspection)) {
    usageError(
      `“${inspection}”不是巡察代号：巡察代号是 inspections/ 下的文件夹名，只有小写英文字母、数字和连字符`,
      io,
    );
  }
  const today = values.date === undefined ? localToday() : parseIsoDate(values.date);
  if (!today) {
    usageError(
      `--date 应写作 YYYY-MM-DD，是一个真实的日期（如 2024-06-30），这里是“${values.date}”`,
      io,
    );
  }
  const out = typedPath(
    values.out ?? `${inspection}-整改进展情况报告-${formatIsoDate(today)}.docx`,
    io,
  );
  if (!out.toLowerCase().endsWith('.docx')) {
    usageError(`报告的文件名应以 .docx 结尾，这里是“${out}”`, io);
  }
  const written = await writeReport({
    contentDir: values.content === undefined ? contentDir(io.env) : typedPath(values.content, io),
    inspection,
    today,
    out,
    force: values.force,
  });
  io.stdout(`${formatReportSummary(written)}\n`);
}
