/**
 * Writing CSV that is safe to open in a spreadsheet: RFC 4180 records, and cells neutralised
 * against formula injection ("CSV injection", OWASP) however the file is split.
 *
 * A spreadsheet runs a field as a formula when it starts with `=`, `+`, `-` or `@`. Checking only
 * the first character of a cell is not enough: a program that splits on `;` or tab (many locales
 * do) turns `Uma;=cmd|…` into a field `=cmd|…`, and a line break inside a quoted cell starts a new
 * line for a reader that ignores quotes. So every place where a field can start — the start of
 * the cell and right after any separator (`,` `;` tab, CR, LF), past blanks and quotes — gets an
 * apostrophe before a formula character. A cell that starts with a tab or a carriage return
 * (which some programs strip before looking) gets a leading apostrophe too. Plain numbers
 * (`-12.5`) are data, not formulas, and stay as they are. See docs/api/reports.md.
 */

/** A field may start at the start of the cell or after one of these. */
const FIELD_START = /(^|[,;\t\r\n])([\s"]*)([=+\-@])/g;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const NEEDS_QUOTES = /[",;\t\r\n]/;

/** The text of a cell with every field start that a spreadsheet could read as a formula defused. */
export function neutraliseCell(text: string): string {
  if (PLAIN_NUMBER.test(text)) return text;
  const defused = text.replace(FIELD_START, "$1$2'$3");
  return /^[\t\r]/.test(defused) ? `'${defused}` : defused;
}

/**
 * One CSV cell: neutralised text, quoted per RFC 4180 when it holds a quote, a separator (also
 * `;` and tab, for readers that split on those) or a line break; quotes doubled. Numbers are
 * written as they are; null and undefined as an empty cell.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : neutraliseCell(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One record. A program splitting on `;` or tab reads the first cell together with the cells after
 * it up to the next separator (`-1,…`), so there a signed number followed by other cells is not a
 * plain number any more and gets the apostrophe too.
 */
function csvRecord(cells: readonly (string | number | null | undefined)[]): string {
  const out = cells.map(csvCell);
  if (out.length > 1 && /^[+-]/.test(out[0]!)) out[0] = `'${out[0]}`;
  return `${out.join(',')}\r\n`;
}

/** A whole CSV document: a header and records, each line ending with CRLF (RFC 4180). */
export function csvDocument(header: readonly string[], records: readonly (readonly (string | number | null | undefined)[])[]): string {
  return [header, ...records].map(csvRecord).join('');
}
