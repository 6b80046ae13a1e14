/**
 * The view model of an inspection's page, made once per build: the page and the `<Problems />`
 * component its feedback's text places share it. That component gets no props from the MDX, so it
 * asks for the view by the page's route, as the full text's parts do (relations/site.ts).
 */
import { getSite, type InspectionNode } from '../../relations/site.ts';
import { buildDate } from '../../text/dates.ts';
import { inspectionPageView, type InspectionPageView } from '../../views/inspection-page.ts';

const views = new Map<string, InspectionPageView>();

/** The view model of `inspection`'s page on the build date. */
export async function inspectionPage(inspection: InspectionNode): Promise<InspectionPageView> {
  let view = views.get(inspection.id);
  if (!view) {
    const { inspectionById } = await getSite();
    views.set(inspection.id, (view = inspectionPageView(inspection, inspectionById, buildDate())));
  }
  return view;
}

/** The view model of the inspection's page a route names (`/inspections/<inspection>/`). */
export async function inspectionPageOf(
  params: Record<string, string | undefined>,
): Promise<InspectionPageView> {
  const inspection = (await getSite()).inspectionById.get(params.inspection ?? '');
  if (!inspection) {
    throw new Error(
      `<Problems /> only renders on /inspections/<inspection>/ pages (got "${params.inspection}").`,
    );
  }
  return inspectionPage(inspection);
}
