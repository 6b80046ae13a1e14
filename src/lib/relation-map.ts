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
  /** Title broken into at most two lines that fit the box; the last ends in … when cut. */
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
  nodeHeight: number;
  nodes: MapNode[];
  edges: MapEdge[];
}

const NODE_WIDTH = 260;
const NODE_HEIGHT = 72;
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

/** Breaks `text` into at most `maxLines` lines of `lineEms`; a cut last line ends in an ellipsis. */
export function wrapText(text: string, lineEms: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (textWidthEms(line + ch) > lineEms) {
      lines.push(line);
      line = '';
      if (lines.length === maxLines) break;
    }
    line += ch;
  }
  if (lines.length < maxLines) {
    if (line) lines.push(line);
    return lines;
  }
  let last = lines[maxLines - 1]!;
  // Code points, not UTF-16 units: a CJK Extension B character is one character, not two.
  const chars = Array.from(last);
  while (chars.length && textWidthEms(`${chars.join('')}…`) > lineEms) chars.pop();
  last = chars.join('');
  lines[maxLines - 1] = `${last}…`;
  return lines;
}

/**
 * Places findings top to bottom in document order, and each cause and measure level with the
 * middle of the findings it links to (in their own order, never overlapping), so that most curves
 * run nearly straight.
 */
export function layoutRelationMap(input: MapInput): MapLayout {
  const step = NODE_HEIGHT + GAP_Y;
  const columnX = [PADDING, PADDING + NODE_WIDTH + GAP_X, PADDING + 2 * (NODE_WIDTH + GAP_X)];
  const place = (node: MapInputNode, column: 0 | 1 | 2, y: number): MapNode => ({
    ...node,
    column,
    x: columnX[column]!,
    y,
    lines: wrapText(node.title, LINE_EMS, 2),
  });

  const top = PADDING + HEADER;
  const findings = input.findings.map((n, i) => place(n, 1, top + i * step));
  const findingY = new Map(findings.map((n) => [n.key, n.y]));

  const besideFindings = (nodes: MapInputNode[], column: 0 | 2): MapNode[] => {
    let nextFree = top;
    return nodes.map((node) => {
      const linked = input.links
        .filter(([a, b]) => (column === 0 ? a === node.key : b === node.key))
        .map(([a, b]) => findingY.get(column === 0 ? b : a))
        .filter((y): y is number => y !== undefined);
      const ideal = linked.length ? linked.reduce((s, y) => s + y, 0) / linked.length : nextFree;
      const y = Math.max(ideal, nextFree);
      nextFree = y + step;
      return place(node, column, y);
    });
  };

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
    const y1 = a.y + NODE_HEIGHT / 2;
    const x2 = b.x;
    const y2 = b.y + NODE_HEIGHT / 2;
    const mid = (x1 + x2) / 2;
    edges.push({ from, to, d: `M${x1} ${y1}C${mid} ${y1} ${mid} ${y2} ${x2} ${y2}` });
  }

  const bottom = Math.max(...nodes.map((n) => n.y + NODE_HEIGHT), top);
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
    nodeHeight: NODE_HEIGHT,
    nodes,
    edges,
  };
}
