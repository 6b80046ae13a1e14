/** `/<review>/map.css`: the relation map's focus rules for the boxes of this review. */
import type { APIRoute } from 'astro';
import { mapFocusRules } from '../../components/map/focus-rules.ts';
import { reviewPaths } from '../../relations/site.ts';
import { mapStylesView, type MapStylesView } from '../../views/map-styles.ts';

export const getStaticPaths = reviewPaths(mapStylesView);

export const GET: APIRoute<{ view: MapStylesView }> = ({ props }) =>
  new Response(mapFocusRules(props.view.anchors), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
