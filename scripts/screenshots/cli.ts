/**
 * Screenshots of every page type at phone and desktop width, in light and dark scheme, for a
 * person to look at: `npm run screenshots` (after `npm run build`) writes them to test-results/.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { contentDir } from '../../src/model/content-dir.ts';
import { launchBrowser } from '../shared/chromium.ts';
import { checkFilesFolder, OutputTargetError, projectPaths } from '../shared/output-target.ts';
import { serveStatic } from '../shared/static-server.ts';

const args = process.argv.slice(2);
// --viewport: only what fits the first screen (long pages at phone width are too tall to look at).
const fullPage = !args.includes('--viewport');
const paths = args.filter((a) => !a.startsWith('--'));
const pages = (paths.length ? paths : ['/']).map((p) => p.replace(/^\//, ''));
const project = projectPaths(contentDir());
// The same check as every folder a command writes to, though this one is the project's own.
let out: string;
try {
  out = await checkFilesFolder(
    join(project.root, 'test-results/screenshots'),
    {
      option: '截图文件夹',
      typed: 'test-results/screenshots',
      example: 'test-results/screenshots',
    },
    project,
  );
} catch (error) {
  if (!(error instanceof OutputTargetError)) throw error;
  console.error(`✗ ${error.message}`);
  process.exit(error.exitCode);
}
await mkdir(out, { recursive: true });
const server = await serveStatic(join(project.root, 'dist'));
const browser = await launchBrowser();
try {
  for (const width of [390, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      for (const path of pages) {
        await page.goto(server.url + path, { waitUntil: 'load' });
        // The search page shows its results once the index has loaded, after the load event.
        if (/^search\/\?/.test(path)) {
          await page.waitForFunction(() =>
            /个条目包含|没有条目/.test(document.querySelector('#search-status')?.textContent ?? ''),
          );
        }
        const name = `${path.replace(/[/#]+/g, '_') || 'home'}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: join(out, name), fullPage });
        console.log(`test-results/screenshots/${name}`);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
