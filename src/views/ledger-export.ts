/**
 * The view model of a review's ledger files (`/<review>/ledger.csv` and `.xlsx`): the table they
 * hold, cell by cell, as the exports write it (ledger/rows.ts `ledgerTable`).
 */
import { ledgerRows, ledgerTable } from '../ledger/rows.ts';
import type { ReviewNode } from '../relations/nodes.ts';

export interface LedgerExportView {
  /** The header, then a row per measure; no 材料 column (the file is one review's). */
  table: ReturnType<typeof ledgerTable>;
}

/** The view model of `review`'s ledger files on `today`. */
export function ledgerExportView(review: ReviewNode, today: Date): LedgerExportView {
  return { table: ledgerTable(ledgerRows(review, today)) };
}
