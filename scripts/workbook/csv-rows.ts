/**
 * Counting the rows of a CSV text before it is parsed. ExcelJS's reader holds every cell of every
 * row, so a text of millions of short rows is refused on this count, in one pass and no memory.
 */

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * The records of a CSV text, counted up to one past `max`: a line break ends one, unless it is
 * inside a quoted cell (a cell may hold several lines); `""` inside quotes toggles twice and
 * changes nothing. A last line without a line break counts; a final line break adds no record.
 */
export function countCsvRowsUpTo(text: string, max: number): number {
  let rows = 0;
  let quoted = false;
  let open = false;
  for (let i = 0; i < text.length && rows <= max; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) quoted = !quoted;
    if (quoted || (code !== LF && code !== CR)) {
      open = true;
      continue;
    }
    // CR LF is one line break.
    if (code === CR && text.charCodeAt(i + 1) === LF) i++;
    rows++;
    open = false;
  }
  return open && rows <= max ? rows + 1 : rows;
}
