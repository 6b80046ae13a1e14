/**
 * `npm run dev`, `npm run preview` and `npm run check`: Astro's own commands, started with its
 * telemetry off. Astro's command line otherwise prints a notice and tries to send anonymous usage
 * data to the internet at every start; on an intranet that is an outbound request nobody asked
 * for, so the environment switch Astro reads is set here, where it works the same in bash,
 * PowerShell and cmd (a `VAR=1 astro …` script would not).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Astro's command line, found through its package (its bin file is not an export). */
const astroBin = join(
  dirname(createRequire(import.meta.url).resolve('astro/package.json')),
  'bin/astro.mjs',
);

const child = spawn(process.execPath, [astroBin, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
// Ctrl+C reaches the child through the terminal; the wrapper only waits for it to end.
process.on('SIGINT', () => undefined);
child.on('exit', (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0);
});
