/**
 * Layout of the relation map: causes, findings and measures in three columns, with a curve for
 * every link. Computed at build time so the diagram is plain SVG: no client script, prints as is.
 */

export interface MapInputNode {
  /** Unique within the map, e.g. `finding-1-2`; used for element ids and classes. */
  key: string;
  label: string;
  title: string;
  href: string;
}

export interface MapInput {
  causes: MapInputNode[];
  findings: MapInputNode[];
  measures: MapInputNode[];
  /** Pairs of keys: cause → finding and finding → measure. */
  links: [from: string, to: string][];
}

export interface MapNode extends MapInputNode {
  column: 0 | 1 | 2;
  x: number;
  y: number;
  /** Grows with the title: every title is shown whole, so what a box shows is its full name. */
  height: number;
  /** The title broken into lines that fit the box. */
  lines: string[];
}

export interface MapEdge {
  from: string;
  to: string;
  /** SVG path data of the curve. */
  d: string;
}

export interface MapLayout {
  width: number;
  /** Horizontal centre of each column, for the column headings above the boxes. */
  columnCenters: [number, number, number];
  /** Baseline of the column headings. */
  headingY: number;
  height: number;
  nodeWidth: number;
  /** Baselines of the label and of the first title line, below a box's top. */
  labelBaseline: number;
  titleBaseline: number;
  lineHeight: number;
  nodes: MapNode[];
  edges: MapEdge[];
}

const NODE_WIDTH = 260;
const LABEL_BASELINE = 22;
const TITLE_BASELINE = 42;
const LINE_HEIGHT = 18;
const PADDING_BOTTOM = 12;
const GAP_Y = 14;
const GAP_X = 90;
const PADDING = 8;
/** Space above the boxes for the column headings. */
const HEADER = 36;
const FONT_SIZE = 13;
const TEXT_INSET = 10;
/** Room for the title lines inside a box, in units of the font size (a CJK character is ~1em). */
const LINE_EMS = (NODE_WIDTH - 2 * TEXT_INSET) / FONT_SIZE;

/**
 * Approximate rendered width in ems: CJK, full-width forms, and the curly quotes and ellipsis
 * (which CJK fonts draw full-width) count 1; other characters about half.
 */
export function textWidthEms(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u2018-\u201F\u2026\u2E80-\uFFEF]/u.test(ch) ? 1 : 0.55;
  return width;
}

/** Breaks `text` into lines of at most `lineEms`. */
export function wrapText(text: string, lineEms: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line && textWidthEms(line + ch) > lineEms) {
      lines.push(line);
      line = '';
    }
    line += ch;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Places findings top to bottom in document order, and each cause and measure level with the
 * middle of the findings it links to (in their own order, never overlapping), so that most curves
 * run nearly straight.
 */
export function layoutRelationMap(input: MapInput): MapLayout {
  const columnX = [PADDING, PADDING + NODE_WIDTH + GAP_X, PADDING + 2 * (NODE_WIDTH + GAP_X)];
  const top = PADDING + HEADER;
  const center = (n: MapNode) => n.y + n.height / 2;

  /** Stacks a column's boxes downwards from their ideal centres, keeping their order. */
  const stack = (
    nodes: MapInputNode[],
    column: 0 | 1 | 2,
    idealCenter: (n: MapInputNode) => number | undefined,
  ) => {
    let nextFree = top;
    return nodes.map((node): MapNode => {
      const lines = wrapText(node.title, LINE_EMS);
      const height = TITLE_BASELINE + (lines.length - 1) * LINE_HEIGHT + PADDING_BOTTOM;
      const ideal = idealCenter(node);
      const y = Math.max(ideal === undefined ? nextFree : ideal - height / 2, nextFree);
      nextFree = y + height + GAP_Y;
      return { ...node, column, x: columnX[column]!, y, height, lines };
    });
  };

  const findings = stack(input.findings, 1, () => undefined);
  const findingCenter = new Map(findings.map((n) => [n.key, center(n)]));
  const besideFindings = (nodes: MapInputNode[], column: 0 | 2) =>
    stack(nodes, column, (node) => {
      const linked = input.links
        .filter(([a, b]) => (column === 0 ? a === node.key : b === node.key))
        .map(([a, b]) => findingCenter.get(column === 0 ? b : a))
        .filter((y): y is number => y !== undefined);
      return linked.length ? linked.reduce((s, y) => s + y, 0) / linked.length : undefined;
    });

  const nodes = [
    ...besideFindings(input.causes, 0),
    ...findings,
    ...besideFindings(input.measures, 2),
  ];
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const edges: MapEdge[] = [];
  for (const [from, to] of input.links) {
    const a = byKey.get(from);
    const b = byKey.get(to);
    if (!a || !b) continue;
    const x1 = a.x + NODE_WIDTH;
    const y1 = center(a);
    const x2 = b.x;
    const y2 = center(b);
    const mid = (x1 + x2) / 2;
    edges.push({ from, to, d: `M${x1} ${y1}C${mid} ${y1} ${mid} ${y2} ${x2} ${y2}` });
  }

  const bottom = Math.max(...nodes.map((n) => n.y + n.height), top);
  return {
    width: columnX[2]! + NODE_WIDTH + PADDING,
    columnCenters: [
      columnX[0]! + NODE_WIDTH / 2,
      columnX[1]! + NODE_WIDTH / 2,
      columnX[2]! + NODE_WIDTH / 2,
    ],
    headingY: PADDING + 20,
    height: bottom + PADDING,
    nodeWidth: NODE_WIDTH,
    labelBaseline: LABEL_BASELINE,
    titleBaseline: TITLE_BASELINE,
    lineHeight: LINE_HEIGHT,
    nodes,
    edges,
  };
}
