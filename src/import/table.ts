/**
 * Reading BLS tables as people download and re-save them: CSV with commas or
 * semicolons, with or without a BOM, CRLF or LF, quoted or not; cells with
 * thousands separators; BLS markers. Columns are found by meaning, not position.
 */

/** A cell as read: text, a number, or empty. */
export type Cell = string | number | boolean | null | undefined | Date;

/** Longest cell read, in characters (BLS's longest, a projections title with sample job titles, has under 800). Longer cells are refused before any pattern runs on them. */
export const MAX_CELL_LENGTH = 4000;

/** Something wrong with an input file; the message names the file, row and column. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/**
 * A quoted field's text with each doubled quote (`""`) read as one. Copied through a buffer of
 * char codes: `replaceAll` (and split/join) grow faster than linearly on many matches.
 */
function undouble(text: string): string {
  if (!text.includes('""')) return text;
  const out = new Uint16Array(text.length);
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[length++] = c;
    if (c === 0x22 && text.charCodeAt(i + 1) === 0x22) i++;
  }
  let result = '';
  for (let k = 0; k < length; k += 8192) result += String.fromCharCode(...out.subarray(k, Math.min(length, k + 8192)));
  return result;
}

/**
 * Splits CSV text into rows of fields. The delimiter (`,` or `;`) is read from the first line.
 * Fields are cut out as slices (never built a character at a time), so the time is linear in
 * the text however long a field is.
 */
export function parseDelimited(text: string): string[][] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const end = body.search(/\r?\n|$/);
  const firstLine = body.slice(0, end);
  const delimiter = firstLine.split(';').length > firstLine.split(',').length ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < body.length) {
    if (body[i] === '"' && field === '') {
      // A quoted field: up to the quote that is not doubled; a doubled quote stands for one.
      let quote = body.indexOf('"', i + 1);
      while (quote >= 0 && body[quote + 1] === '"') quote = body.indexOf('"', quote + 2);
      const end = quote < 0 ? body.length : quote;
      field = undouble(body.slice(i + 1, end));
      i = end + 1;
      continue;
    }
    let j = i;
    while (j < body.length && body[j] !== delimiter && body[j] !== '\n' && body[j] !== '\r') j++;
    field += body.slice(i, j);
    i = j;
    if (i >= body.length) break;
    row.push(field);
    field = '';
    if (body[i] !== delimiter) {
      if (body[i] === '\r' && body[i + 1] === '\n') i++;
      rows.push(row);
      row = [];
    }
    i++;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

/** What a numeric BLS cell holds. */
export type Value =
  | { kind: 'number'; value: number }
  | { kind: 'missing'; marker: string }
  | { kind: 'top-coded'; atLeast: number | null }
  | { kind: 'invalid'; text: string };

/**
 * Reads a numeric cell: `1,234.5`, a number cell, or a BLS marker: `*` and
 * `**` (not available), `~` (too few establishments), `N/A` and empty
 * (missing, never 0), `#` (at or above the top-code), `>=239,200` (same, with
 * its threshold).
 */
export function readValue(cell: Cell): Value {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { kind: 'number', value: cell } : { kind: 'invalid', text: String(cell) };
  const text = String(cell ?? '').trim();
  // No figure is this long: the patterns below then run on a few characters only.
  if (text.length > 40) return { kind: 'invalid', text: `${text.slice(0, 40)}…` };
  if (text === '' || text === '*' || text === '**' || text === '~' || /^n\/?a$/i.test(text)) return { kind: 'missing', marker: text };
  if (text === '#') return { kind: 'top-coded', atLeast: null };
  const atLeast = text.match(/^>=\s*\$?([\d,]+(?:\.\d+)?)$/);
  if (atLeast) return { kind: 'top-coded', atLeast: Number(atLeast[1].replace(/,/g, '')) };
  const plain = text.replace(/^\$/, '');
  if (/^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(plain)) return { kind: 'number', value: Number(plain.replace(/,/g, '')) };
  return { kind: 'invalid', text };
}

/** Text of a cell, with Excel's `="29-2072"` formula quoting removed (no pattern: a plain slice). */
export function readText(cell: Cell): string {
  let text = String(cell ?? '').trim();
  if (!text.startsWith('=')) return text;
  text = text.slice(1);
  if (text.startsWith('"')) text = text.slice(1);
  if (text.endsWith('"')) text = text.slice(0, -1);
  return text;
}

/**
 * Cuts a projections title before its sample job titles, which follow two or more spaces and a
 * star ("Medical records specialists    * Coder* …"). A scan, not a pattern: linear in the title.
 */
export function beforeSampleTitles(title: string): string {
  const space = (i: number): boolean => i >= 0 && title[i].trim() === '';
  for (let star = title.indexOf('*'); star >= 0; star = title.indexOf('*', star + 1)) {
    if (space(star - 1) && space(star - 2)) return title.slice(0, star).trim();
  }
  return title.trim();
}

/**
 * Refuses a table that is larger than any BLS table: more than `maxRows` rows, or a cell of more
 * than MAX_CELL_LENGTH characters. Runs before any pattern looks at a cell.
 */
export function checkBounds(file: string, rows: Cell[][], maxRows: number): void {
  if (rows.length > maxRows) throw new ImportError(`${file} has ${rows.length} rows, more than ${maxRows}: far more than a BLS table; refused`);
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (typeof cell === 'string' && cell.length > MAX_CELL_LENGTH) {
        throw new ImportError(`${file}, row ${r + 1}, column ${c + 1}: a cell of ${cell.length} characters, more than ${MAX_CELL_LENGTH}; refused`);
      }
    }),
  );
}

/** A header name reduced to letters and digits, lower case: `H_PCT10` → `hpct10`. */
export const normalise = (name: Cell): string =>
  String(name ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** A table with named columns: the header row found, and cells read by column meaning. */
export class Table {
  readonly file: string;
  readonly header: string[];
  /** Data rows, each with its 1-based row number in the file. */
  readonly rows: { line: number; cells: Cell[] }[];
  private readonly index: Map<string, number>;

  /**
   * @param looksLike - normalised names of which at least one must be in the header row,
   *   searched for in the first 10 rows.
   */
  constructor(file: string, rows: Cell[][], looksLike: string[], kind: string) {
    this.file = file;
    const at = rows.slice(0, 10).findIndex((r) => r.some((c) => looksLike.includes(normalise(c))));
    if (at < 0) {
      throw new ImportError(`${file} does not look like ${kind}: none of its first 10 rows has a column such as ${looksLike.slice(0, 3).join(', ')}`);
    }
    this.header = rows[at].map((c) => String(c ?? '').trim());
    this.index = new Map(this.header.map((name, i) => [normalise(name), i]));
    this.rows = rows.slice(at + 1).map((cells, i) => ({ line: at + i + 2, cells }));
  }

  /** The index of the first column whose normalised name is one of `names` (or matches `pattern`). */
  column(names: string[], pattern?: RegExp): number | undefined {
    for (const name of names) if (this.index.has(name)) return this.index.get(name);
    if (pattern) {
      const i = this.header.findIndex((h) => pattern.test(h));
      if (i >= 0) return i;
    }
    return undefined;
  }

  /** Like `column`, but a missing column is an error naming what was looked for. */
  require(names: string[], what: string, pattern?: RegExp): number {
    const i = this.column(names, pattern);
    if (i === undefined) throw new ImportError(`${this.file}: no ${what} column (looked for ${names.join(', ').toUpperCase()})`);
    return i;
  }

  /** Where a cell is, for messages: `state.csv, row 12, column A_MEAN`. */
  where(line: number, column: number): string {
    return `${this.file}, row ${line}, column ${this.header[column]}`;
  }
}
