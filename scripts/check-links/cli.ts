/**
 * `npm run check-links -- <notice>…`: checks the links to this site in notices against the built
 * site. The command is in run-cli.ts; this file only gives it the process's arguments,
 * environment and streams, and exits with its code.
 */
import { processIo } from '../shared/command-io.ts';
import { runCheckLinksCli } from './run-cli.ts';

// Not process.exit: the process ends once everything printed has been written out.
process.exitCode = await runCheckLinksCli(process.argv.slice(2), processIo());
