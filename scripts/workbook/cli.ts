/**
 * `npm run workbook -- export <review>` writes a review's ledger and relations as an Excel
 * workbook to send to the units; `npm run workbook -- import <file>` writes what they filled in
 * back into the content files. The command is in run-cli.ts; this file only gives it the
 * process's arguments, environment and streams, and exits with its code.
 */
import { processIo } from '../shared/command-io.ts';
import { reportFailure, runWorkbookCli } from './run-cli.ts';

const io = processIo();
process.on('unhandledRejection', (error) => process.exit(reportFailure(error, io)));
// Not process.exit: the process ends once everything printed has been written out.
process.exitCode = await runWorkbookCli(process.argv.slice(2), io);
