/**
 * Reading CSV the way spreadsheets do, to check what the API writes: an RFC 4180 reader, and the
 * fields a spreadsheet would make of the file with each separator it may use.
 */

/** A minimal RFC 4180 reader (comma separated, quotes doubled, CRLF records). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * The fields a spreadsheet would run as formulas: with `,` after RFC 4180 unquoting, with `;` and
 * tab by naively splitting the raw lines (programs differ in how they treat quotes there). A field
 * "starts" with its first character after blanks and quotes; plain numbers are data.
 */
export function dangerousFields(csv: string): { separator: string; field: string }[] {
  const found: { separator: string; field: string }[] = [];
  const check = (separator: string, field: string) => {
    const start = field.replace(/^[\s"]+/, '');
    if (/^[=+\-@]/.test(start) && !PLAIN_NUMBER.test(start.trim())) found.push({ separator, field });
  };
  for (const record of parseCsv(csv)) for (const cell of record) check(',', cell);
  for (const separator of [';', '\t'])
    for (const line of csv.split(/\r\n|\r|\n/)) for (const field of line.split(separator)) check(separator, field);
  return found;
}
