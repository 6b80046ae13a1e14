/**
 * The view model of a review's relation map (`/<review>/map/`): the boxes of each column and the
 * findings' links, which the diagram and the table below it both draw, as one plain object whose
 * digest is the page's key. A measure's box and its links in the table say how far it has got
 * (its status and light on the build date, and the day they are counted from).
 */
import type { EntryNode, MeasureNode, ReviewNode } from '../relations/nodes.ts';
import { formatDate } from '../text/dates.ts';
import { entryLink, type EntryLinkView } from './links.ts';
import { measureStatus, type MeasureStatusView } from './measure-status.ts';

/** A box of the map, and a link in the table. */
export interface MapEntryView extends EntryLinkView {
  /** Names the box and the curves that touch it. */
  anchor: string;
}

/** A measure's box, with its status. */
export interface MapMeasureView extends MapEntryView {
  status: MeasureStatusView;
}

/** A finding: a box in the middle column, a row of the table. */
export interface MapFindingView extends MapEntryView {
  causes: MapEntryView[];
  measures: MapMeasureView[];
}

export interface RelationMapView {
  id: string;
  title: string;
  /**
   * The build date, as the page names it beside the lights (2024年6月30日); null for a review
   * without measures, whose map names no day and so need not change with it.
   */
  today: string | null;
  causes: MapEntryView[];
  findings: MapFindingView[];
  measures: MapMeasureView[];
}

const box = (node: EntryNode): MapEntryView => ({ ...entryLink(node), anchor: node.anchor });

/** The view model of `review`'s relation map on `today`, the build date. */
export function relationMapView(review: ReviewNode, today: Date): RelationMapView {
  const measureBox = (node: MeasureNode): MapMeasureView => ({
    ...box(node),
    status: measureStatus(node, today),
  });
  return {
    id: review.id,
    title: review.title,
    today: review.measures.length > 0 ? formatDate(today) : null,
    causes: review.causes.map(box),
    findings: review.findings.map((finding) => ({
      ...box(finding),
      causes: finding.causes.map(box),
      measures: finding.measures.map(measureBox),
    })),
    measures: review.measures.map(measureBox),
  };
}
