/**
 * Writes the overview's figures (整改进度) again as of the reader's today, as the lights script
 * does the lights: overdue, the lights and the measures due within 30 days change with the day,
 * and the counts must agree with the badges in the rows and with the note that says which day
 * they count from. The overview is worked out by the same function as at build time, from the
 * rows of the page's ledger; without this script the figures are those of the build.
 */
import { localToday } from '../ledger/lights.ts';
import { ledgerOverview, overviewFigures } from '../ledger/overview.ts';
import { overviewRow } from './ledger-rows.ts';

const rows = [...document.querySelectorAll<HTMLTableRowElement>('[data-ledger] tbody tr')];
const figures = overviewFigures(ledgerOverview(rows.map(overviewRow), localToday()));

for (const element of document.querySelectorAll<HTMLElement>('[data-overview] [data-figure]')) {
  const figure = figures.get(element.dataset.figure ?? '');
  if (figure === undefined) continue;
  element.textContent = figure;
  // Styles mark what is overdue while there is any.
  element.toggleAttribute('data-zero', figure === '0');
}
