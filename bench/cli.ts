/**
 * `npm run bench -- --entries <n>`: builds a synthetic corpus of n entries with the project and
 * with a bare Astro floor, alternately, and reports time, memory, output size, page weight and the
 * bytes of a first search. With `--rebuild`, it then changes one measure's ledger status and
 * builds the project again over its last build, as a user's next build after an update. The last
 * line printed is one JSON object with the headline numbers.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BenchUsageError, parseBenchArgs } from './lib/args.ts';
import { clausePool } from './lib/clauses.ts';
import { corpusFiles, generateCorpus } from './lib/corpus.ts';
import {
  BUILD_COLUMNS,
  buildRows,
  formatTable,
  phaseColumns,
  phaseRows,
  summarize,
} from './lib/report.ts';
import type { BuildResult } from './lib/report.ts';
import { benchBuild, cacheDirOf, outDirOf, PROJECT_ROOT } from './lib/builds.ts';
import { pageWeight } from './lib/page-weight.ts';
import { firstSearchTransfer } from './lib/search-transfer.ts';
import { ADDED_WORD, rebuildStatus, withStatus, withWordAdded } from './lib/measure-edit.ts';
import { writeCorpus } from './lib/write-corpus.ts';

/** The review whose clauses the corpus is made of. */
const SEED_SOURCE = 'content/reviews/xx-minzhengju-2023/source.txt';
/** Words of the seed text, tried in order for the search measurement. */
const SEARCH_WORDS = ['养老服务', '殡仪馆', '民主集中制', '本人'];

let options;
try {
  options = parseBenchArgs(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof BenchUsageError)) throw error;
  console.error(error.message);
  process.exit(2);
}

const work = await mkdtemp(join(tmpdir(), 'review-bench-'));
try {
  const clauses = clausePool(await readFile(join(PROJECT_ROOT, SEED_SOURCE), 'utf8'));
  const corpus = generateCorpus({ entries: options.entries, clauses, seed: options.seed });
  const files = corpusFiles(corpus);
  await writeCorpus(join(work, 'content'), files);
  console.log(
    `Corpus (seed ${options.seed}): ${corpus.reviews.length} reviews, ` +
      `${corpus.findings.length} findings, ${corpus.causes.length} causes, ` +
      `${corpus.measures.length} measures, ` +
      `${corpus.characters.toLocaleString('en')} characters of entry text, in ${work}`,
  );

  const results: BuildResult[] = [];
  for (let run = 1; run <= options.runs; run++) {
    for (const kind of options.floor ? (['project', 'floor'] as const) : (['project'] as const)) {
      const result = await benchBuild(work, kind, run);
      results.push(result);
      console.log(
        `${kind} build ${run}/${options.runs}: ${result.seconds.toFixed(1)} s, ` +
          `peak RSS ${result.peakRssMb.toFixed(0)} MB`,
      );
    }
  }

  if (options.rebuild) {
    const measure = join(work, 'content', corpus.measures[0]!.path);
    for (let run = 1; run <= options.runs; run++) {
      await writeFile(measure, withStatus(await readFile(measure, 'utf8'), rebuildStatus(run)));
      const result = await benchBuild(work, 'rebuild', run);
      results.push(result);
      console.log(
        `project rebuild ${run}/${options.runs} (status of ${corpus.measures[0]!.path} set to ` +
          `${rebuildStatus(run)}): ${result.seconds.toFixed(1)} s, ` +
          `peak RSS ${result.peakRssMb.toFixed(0)} MB`,
      );
    }
    // Once: a word added to a finding changes the indexed text, so the index is built again.
    const finding = join(work, 'content', corpus.findings[0]!.path);
    await writeFile(finding, withWordAdded(await readFile(finding, 'utf8')));
    const textResult = await benchBuild(work, 'text-rebuild', 1);
    results.push(textResult);
    console.log(
      `project rebuild after “${ADDED_WORD}” was added to ${corpus.findings[0]!.path}: ` +
        `${textResult.seconds.toFixed(1)} s, peak RSS ${textResult.peakRssMb.toFixed(0)} MB`,
    );
  }

  const projectDist = outDirOf(work, 'project');
  const review = corpus.reviews[0]!.id;
  const weights = [
    await pageWeight(projectDist, `/${review}/findings/1-1/`),
    await pageWeight(projectDist, `/${review}/`),
  ];
  const query =
    options.query ??
    SEARCH_WORDS.find((word) => files.some((f) => f.content.includes(word))) ??
    SEARCH_WORDS.at(-1)!;
  const search = await firstSearchTransfer(projectDist, query);

  const summary = summarize(options.entries, results);
  const cpu = (kind: BuildResult['kind']) =>
    results.filter((r) => r.kind === kind).reduce((sum, r) => sum + r.cpuSeconds, 0);
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  console.log(
    `\nBuilds of ${options.entries} entries` +
      `${options.floor ? ' (project and floor alternating)' : ' (no floor)'}:\n`,
  );
  console.log(formatTable(BUILD_COLUMNS, buildRows(options.entries, results)));
  console.log(
    summary.floorSeconds === undefined
      ? `\nMedian wall time: project ${summary.projectSeconds} s (the floor was not built).`
      : `\nMedian wall time: project ${summary.projectSeconds} s, floor ${summary.floorSeconds} s, ` +
          `ratio ${summary.ratio}. CPU time ratio: ${(cpu('project') / cpu('floor')).toFixed(3)}.`,
  );
  if (summary.rebuildSeconds !== undefined) {
    console.log(
      `Median rebuild after one status change: ${summary.rebuildSeconds} s, ` +
        `${summary.rebuildRatio} of the project's cold build ` +
        `(CPU ${(cpu('rebuild') / cpu('project')).toFixed(3)}).`,
    );
  }
  if (summary.textRebuildSeconds !== undefined) {
    const projectRun = results.find((r) => r.kind === 'project')!;
    console.log(
      `Rebuild after one word of text: ${summary.textRebuildSeconds} s, ` +
        `${summary.textRebuildRatio} of the project's cold build ` +
        `(CPU ${(cpu('text-rebuild') / projectRun.cpuSeconds).toFixed(3)} of the first cold build).`,
    );
  }
  console.log("\nWhere the time goes (median seconds, from the builds' own logs):\n");
  console.log(formatTable(phaseColumns(results), phaseRows(results)));
  console.log('\nPage weight of the project (KB, gzip):\n');
  console.log(
    formatTable(
      ['page', 'HTML', 'CSS', 'JS', 'total', 'scripts'],
      weights.map((w) => [
        w.path,
        kb(w.html),
        kb(w.css),
        kb(w.js),
        kb(w.total),
        [...w.scripts, ...(w.inlineScripts ? [`${w.inlineScripts} inline`] : [])].join(' ') ||
          'none',
      ]),
    ),
  );
  console.log(
    `\nFirst search for “${search.query}” (${search.status}): ${search.milliseconds} ms, ` +
      `${search.requests} requests, ` +
      `${kb(search.gzipBytes)} KB with gzip (${kb(search.bytes)} KB uncompressed), ` +
      `of which Pagefind ${kb(search.pagefindGzipBytes)} KB ` +
      `(${Object.entries(search.pagefindParts)
        .map(([part, bytes]) => `${part} ${kb(bytes)}`)
        .join(', ')}).\n`,
  );
  console.log(JSON.stringify(summary));
} finally {
  await rm(cacheDirOf(work, 'project'), { recursive: true, force: true });
  if (options.keep) console.error(`Kept ${work}`);
  else await rm(work, { recursive: true, force: true });
}
