/**
 * The README and the guides as a new user on Windows reads them: the quick start works in
 * PowerShell 5.1 and cmd as well as bash, no command needs an environment variable typed before it
 * (`VAR=value npm …` works in bash only), and every link between the documents leads somewhere.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DOCS = [
  'README.md',
  'docs/GUIDE.md',
  'docs/DEVELOPMENT.md',
  'docs/ARCHITECTURE.md',
  'docs/PERFORMANCE.md',
];
const texts = new Map(
  await Promise.all(DOCS.map(async (file) => [file, await readFile(file, 'utf8')] as const)),
);

/** The command lines of a document: its code blocks' lines and its inline code. */
function commands(text: string): string[] {
  const blocks = [...text.matchAll(/```[a-z]*\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.split('\n'));
  const inline = [...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!);
  return [...blocks, ...inline].filter((line) => /\bnpm\b|\bnode\b|\bnpx\b/.test(line));
}

describe('the documents', () => {
  it('never ask for VAR=value before a command', () => {
    for (const [file, text] of texts) {
      const prefixed = commands(text).filter((line) =>
        /(^|\s)[A-Z][A-Z0-9_]*=\S*\s+(npm|npx|node)\b/.test(line),
      );
      expect(prefixed, file).toEqual([]);
    }
  });

  it('give the quick start in the form Windows PowerShell 5.1 runs, beside the one bash and cmd run', () => {
    const readme = texts.get('README.md')!;
    expect(readme).toContain('npm install && npm run build');
    expect(readme).toContain('npm install; if ($?) { npm run build }');
    expect(readme).toMatch(/```sh\nnpm test\n```/);
  });

  it('link only to files that exist', () => {
    for (const [file, text] of texts) {
      // Links of the text, not the examples in code.
      const prose = text.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
      for (const [, target] of prose.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        if (/^[a-z]+:/.test(target!)) continue;
        expect(existsSync(join(dirname(file), target!)), `${file} → ${target}`).toBe(true);
      }
    }
  });
});
