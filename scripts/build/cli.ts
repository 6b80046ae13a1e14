/**
 * `npm run build`: the command is in command.ts. This entry first turns on Node's cache of
 * compiled code, before Astro is loaded.
 */
import { enableCompileCache } from 'node:module';

// Astro, Vite and what they load are compiled anew at every start unless Node keeps the compiled
// code on disk (in the system's temporary folder, checked against each file's text and Node's
// version): about half a second of every build. The cache applies only to modules loaded after
// it is on, hence the dynamic import.
enableCompileCache();
await import('./command.ts');
