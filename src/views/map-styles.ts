/**
 * The view model of a review's map stylesheet (`/<review>/map.css`): the anchors of the map's
 * boxes, one focus rule each (components/map/focus-rules.ts).
 */
import type { ReviewNode } from '../relations/nodes.ts';

export interface MapStylesView {
  anchors: string[];
}

/** The view model of `review`'s map stylesheet. */
export function mapStylesView(review: ReviewNode): MapStylesView {
  return { anchors: review.entries.map((node) => node.anchor) };
}
