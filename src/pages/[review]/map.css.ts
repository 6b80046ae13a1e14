/** `/<review>/map.css`: the relation map's focus rules for the boxes of this review. */
import type { APIRoute } from 'astro';
import { mapFocusRules } from '../../components/map/focus-rules.ts';
import { reviewPaths, type ReviewNode } from '../../relations/site.ts';

export const getStaticPaths = reviewPaths('mapStyles');

export const GET: APIRoute<{ review: ReviewNode }> = ({ props }) =>
  new Response(mapFocusRules(props.review.entries.map((node) => node.anchor)), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
