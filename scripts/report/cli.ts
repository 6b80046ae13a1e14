/**
 * `npm run report -- <inspection>` writes an inspection's progress report (整改进展情况报告) as a
 * Word document. The command is in run-cli.ts; this file only gives it the process's arguments,
 * environment and streams, and exits with its code.
 */
import { processIo } from '../shared/command-io.ts';
import { reportFailure, runReportCli } from './run-cli.ts';

const io = processIo();
process.on('unhandledRejection', (error) => process.exit(reportFailure(error, io)));
// Not process.exit: the process ends once everything printed has been written out.
process.exitCode = await runReportCli(process.argv.slice(2), io);
