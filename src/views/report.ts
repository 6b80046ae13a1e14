/**
 * The view model of an inspection's progress report page (`/inspections/<inspection>/report/`):
 * the report on the build date (src/inspections/report.ts) and its text, block by block, which
 * the Word document of `npm run report` prints too. Its digest is the page's key: the page is
 * rendered again when a number, a status or a light's days change.
 */
import {
  progressReport,
  reportBlocks,
  type ProgressReport,
  type ReportBlock,
} from '../inspections/report.ts';
import { inspectionPath } from '../permalinks/urls.ts';
import type { InspectionNode } from '../relations/nodes.ts';

export interface ReportView extends ProgressReport {
  /** The feedback's page. */
  inspectionPath: string;
  /** The report's text after its title. */
  blocks: ReportBlock[];
}

/** The report page of `inspection` on `today`, the build date. */
export function reportView(inspection: InspectionNode, today: Date): ReportView {
  const report = progressReport(inspection, today);
  return { ...report, inspectionPath: inspectionPath(inspection.id), blocks: reportBlocks(report) };
}
