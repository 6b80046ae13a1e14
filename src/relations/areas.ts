/**
 * An area of a review's findings part as the index keeps it. The schema allows two ways of writing
 * one (see schemas/area.ts); the heading alone is the fuller form with nothing else in it, so it is
 * read through that form's schema, which says what "nothing else" is (no lead, no paragraphs).
 */
import { areaWithTextSchema, type AreaData } from '../schemas/area.ts';
import type { AreaNode, SourceEntries } from './nodes.ts';

/** The `index`th area of a review (numbered from 1), with no findings yet. */
export function areaNode<E extends SourceEntries>(area: AreaData, index: number): AreaNode<E> {
  const { heading, lead, paragraphs } =
    typeof area === 'string' ? areaWithTextSchema.parse({ heading: area }) : area;
  return { number: index + 1, heading, lead, paragraphs, findings: [] };
}
