/**
 * The view model of a review's relation map (`/<review>/map/`): the boxes of each column and the
 * findings' links, which the diagram and the table below it both draw, as one plain object whose
 * digest is the page's key.
 */
import type { EntryNode, ReviewNode } from '../relations/nodes.ts';
import { entryLink, type EntryLinkView } from './links.ts';

/** A box of the map, and a link in the table. */
export interface MapEntryView extends EntryLinkView {
  /** Names the box and the curves that touch it. */
  anchor: string;
}

/** A finding: a box in the middle column, a row of the table. */
export interface MapFindingView extends MapEntryView {
  causes: MapEntryView[];
  measures: MapEntryView[];
}

export interface RelationMapView {
  id: string;
  title: string;
  causes: MapEntryView[];
  findings: MapFindingView[];
  measures: MapEntryView[];
}

const box = (node: EntryNode): MapEntryView => ({ ...entryLink(node), anchor: node.anchor });

/** The view model of `review`'s relation map. */
export function relationMapView(review: ReviewNode): RelationMapView {
  return {
    id: review.id,
    title: review.title,
    causes: review.causes.map(box),
    findings: review.findings.map((finding) => ({
      ...box(finding),
      causes: finding.causes.map(box),
      measures: finding.measures.map(box),
    })),
    measures: review.measures.map(box),
  };
}
