/**
 * Where a build's time goes, read from what `astro build` prints: type generation, bundling,
 * rendering each kind of page, search indexing. Both the project and the floor print the same
 * lines, so their phases can be set side by side, which is the profile a ratio needs.
 */

/** The build's phases in seconds; a phase the log does not mention is undefined. */
export interface BuildPhases {
  /** `[types] Generated 1.57s`: content sync and type generation. */
  types: number | undefined;
  /** The `[vite] ✓ built in …` lines together: compiling and bundling every module, MDX included. */
  bundle: number | undefined;
  /** The `✓ Completed in …` after "generating static routes": rendering every page. */
  render: number | undefined;
  /**
   * `Indexed … pages for search in …s.`: the search index; or, when the last index was reused,
   * `搜索索引未变，沿用上次的索引（… 个页面，… 秒）。`: reading the pages and copying the index.
   */
  pagefind: number | undefined;
  /** Rendering time per kind of page (see `routeGroup`), in the order first seen. */
  routes: Map<string, RouteTime>;
}

export interface RouteTime {
  pages: number;
  seconds: number;
}

/** A duration as Astro and Vite print it: `49ms`, `6.63s`, `1m 5s`, `2m`. */
const DURATION = String.raw`([\d.]+(?:ms|s)|\d+m(?: \d+s)?)`;
const TYPES = new RegExp(String.raw`\[types\] Generated ${DURATION}`);
const BUNDLE = new RegExp(String.raw`\[vite\] ✓ built in ${DURATION}`, 'g');
const RENDER = new RegExp(
  String.raw`generating static routes[\s\S]*?\n[^\n[]*✓ Completed in ${DURATION}`,
);
const PAGEFIND = new RegExp(String.raw`Indexed \d+ pages for search in ${DURATION}`);
const PAGEFIND_REUSED = /搜索索引未变，沿用上次的索引（\d+ 个页面，([\d.]+) 秒）/;
const ROUTE = new RegExp(String.raw`[├└]─ (\S+) \(\+${DURATION}\)`, 'g');

/** Seconds of a printed duration (see DURATION). */
export function durationSeconds(text: string): number {
  const short = /^([\d.]+)(ms|s)$/.exec(text);
  if (short) return Number(short[1]) / (short[2] === 'ms' ? 1000 : 1);
  const long = /^(\d+)m(?: (\d+)s)?$/.exec(text);
  if (long) return Number(long[1]) * 60 + Number(long[2] ?? 0);
  throw new RangeError(`not a duration: "${text}"`);
}

/** The seconds of an index reused from the last build, as the build logs it. */
function reusedSeconds(output: string): number | undefined {
  const match = PAGEFIND_REUSED.exec(output);
  return match ? Number(match[1]) : undefined;
}

/** Reads the phases of one build from its output (colours off). */
export function parseBuildPhases(output: string): BuildPhases {
  const seconds = (match: RegExpExecArray | RegExpMatchArray | null) =>
    match ? durationSeconds(match[1]!) : undefined;
  const bundles = [...output.matchAll(BUNDLE)];
  const routes = new Map<string, RouteTime>();
  for (const [, path, duration] of output.matchAll(ROUTE)) {
    const group = routeGroup(path!);
    const time = routes.get(group) ?? { pages: 0, seconds: 0 };
    time.pages += 1;
    time.seconds += durationSeconds(duration!);
    routes.set(group, time);
  }
  return {
    types: seconds(TYPES.exec(output)),
    bundle: bundles.length > 0 ? bundles.reduce((sum, m) => sum + seconds(m)!, 0) : undefined,
    render: seconds(RENDER.exec(output)),
    pagefind: seconds(PAGEFIND.exec(output)) ?? reusedSeconds(output),
    routes,
  };
}

/**
 * The kind of page a built file is, with the names the corpus varies replaced:
 * `/review-0012/findings/2-3/index.html` → `/<review>/findings/<id>/`.
 */
export function routeGroup(path: string): string {
  return path
    .replace(/\/index\.html$/, '/')
    .replace(/^\/review-\d+\//, '/<review>/')
    .replace(/\/(findings|causes|measures)\/[^/]+\//, '/$1/<id>/');
}
