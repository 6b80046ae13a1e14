/**
 * `npm run import -- <file> --review <name>`: imports a review document (.txt, .md, .docx) into
 * content/reviews/<name>/ (or $CONTENT_DIR/reviews/<name>/); with `--inspection <name>`, a
 * feedback document into content/inspections/<name>/. The command is in run-cli.ts; this
 * file only gives it the process's arguments, environment and streams, and exits with its code.
 */
import { processIo } from '../shared/command-io.ts';
import { reportFailure, runImportCli } from './run-cli.ts';

const io = processIo();
process.on('unhandledRejection', (error) => process.exit(reportFailure(error, io)));
// Not process.exit: the process ends once everything printed has been written out.
process.exitCode = await runImportCli(process.argv.slice(2), io);
