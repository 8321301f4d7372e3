/**
 * Reading BLS tables as people download and re-save them: CSV with commas or
 * semicolons, with or without a BOM, CRLF or LF, quoted or not; cells with
 * thousands separators; BLS markers. Columns are found by meaning, not position.
 */
import { clip } from '../data/problem.js';
import { parse } from 'csv-parse/sync';

/** A cell as read: text, a number, or empty. */
export type Cell = string | number | boolean | null | undefined | Date;

/** Longest cell read, in characters (BLS's longest, a projections title with sample job titles, has under 800). Longer cells are refused before any pattern runs on them. */
export const MAX_CELL_LENGTH = 4000;

/** Something wrong with an input file; the message names the file, row and column. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** Field delimiters people save BLS tables with: comma, semicolon (Excel in most of Europe), tab. */
const DELIMITERS = [',', ';', '\t'] as const;

/** The delimiter of a CSV: the one that occurs most often outside quotes in its first line. */
function delimiterOf(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/**
 * Splits CSV text into rows of fields with csv-parse (docs/decisions/0010-csv-parse.md). The
 * delimiter (`,`, `;` or tab) is read from the first line; a BOM, CRLF or LF line ends, quoted or
 * bare fields and doubled quotes are all read. Excel's `="29-2072"` is kept as text here (quotes
 * inside a bare field are allowed) and read by readText. A malformed file (an unclosed quote) is an
 * ImportError naming `file` and the line.
 */
export function parseDelimited(text: string, file = 'the file'): string[][] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let rows: string[][];
  try {
    rows = parse(body, {
      delimiter: delimiterOf(body),
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new ImportError(`${file}${line ? `, line ${line}` : ''}: not a readable CSV file (${error instanceof Error ? error.message.split('\n')[0].slice(0, 200) : String(error)})`);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

/**
 * How a file writes its numbers. BLS writes `1,234.5` (decimal point); Excel in much of Europe
 * re-saves it as `1.234,5` (decimal comma). Decided once per file from every number-like cell
 * (numberConventionOf); every cell is then read by it, and a cell that does not fit is refused.
 * `null`: the file has no cell that shows its decimal mark (every grouped figure reads two
 * ways, e.g. `51.380`); such a cell is then refused rather than guessed.
 */
export type DecimalMark = '.' | ',';

/** Group separators besides the other decimal mark: space, no-break space, narrow no-break space, apostrophe. */
const GROUPS = [' ', '\u00a0', '\u202f', "'"];

/** The number `text` stands for when `decimal` is its decimal mark, or undefined when it does not fit. */
function numberBy(text: string, decimal: DecimalMark): number | undefined {
  const group = decimal === '.' ? ',' : '.';
  let sign = 1;
  let s = text;
  if (s.startsWith('-') || s.startsWith('\u2212')) {
    sign = -1;
    s = s.slice(1);
  }
  const point = s.indexOf(decimal);
  const whole = point < 0 ? s : s.slice(0, point);
  const fraction = point < 0 ? '' : s.slice(point + 1);
  if (point >= 0 && !/^\d+$/.test(fraction)) return undefined;
  if (!/^\d/.test(whole)) return undefined;
  let digits: string;
  if (/^\d+$/.test(whole)) digits = whole;
  else {
    // Grouped: one separator throughout, between groups of three digits.
    const separator = [group, ...GROUPS].find((g) => whole.includes(g));
    if (separator === undefined) return undefined;
    const parts = whole.split(separator);
    if (!/^\d{1,3}$/.test(parts[0]) || !parts.slice(1).every((p) => /^\d{3}$/.test(p))) return undefined;
    digits = parts.join('');
  }
  return sign * Number(fraction ? `${digits}.${fraction}` : digits);
}

/** A number-like cell without its wrapping: Excel's `="…"`, a dollar sign, a percent sign, spaces. */
function bare(text: string): string {
  let s = text.trim();
  if (s.startsWith('="') && s.endsWith('"') && s.length >= 3) s = s.slice(2, -1).trim();
  if (s.startsWith('$')) s = s.slice(1);
  if (s.endsWith('%')) s = s.slice(0, -1);
  return s.trim();
}

/** What one text cell says about the decimal mark: '.', ',', 'either' (reads both ways alike or differently), or undefined (not a number). */
function evidence(cell: Cell): DecimalMark | 'same' | 'either' | undefined {
  if (typeof cell !== 'string' || cell.length > 40) return undefined;
  let s = bare(cell);
  if (s.startsWith('>=')) s = bare(s.slice(2));
  if (!/\d/.test(s)) return undefined;
  const byPoint = numberBy(s, '.');
  const byComma = numberBy(s, ',');
  if (byPoint === undefined) return byComma === undefined ? undefined : ',';
  if (byComma === undefined) return '.';
  return byPoint === byComma ? 'same' : 'either';
}

/**
 * The decimal mark of a table, from all its cells: the mark every cell that reads only one way
 * agrees on. When cells disagree (`25.67` in one, `0,1` in another), the file mixes conventions:
 * an ImportError names the first cell that differs from the majority. Null when no cell
 * decides (see DecimalMark).
 */
export function numberConventionOf(file: string, rows: Cell[][], header = 0, names: string[] = []): DecimalMark | null {
  const first: Partial<Record<DecimalMark, [number, number]>> = {};
  const count: Record<DecimalMark, number> = { '.': 0, ',': 0 };
  for (let r = header; r < rows.length; r++) {
    const row = rows[r];
    for (let c = 0; c < row.length; c++) {
      const mark = evidence(row[c]);
      if (mark === '.' || mark === ',') {
        count[mark]++;
        first[mark] ??= [r, c];
      }
    }
  }
  if (count['.'] && count[',']) {
    const minority: DecimalMark = count['.'] >= count[','] ? ',' : '.';
    const [r, c] = first[minority]!;
    const majority = minority === '.' ? 'a decimal comma (1.234,5)' : 'a decimal point (1,234.5)';
    throw new ImportError(
      `${file}, row ${r + 1}, column ${names[c] || c + 1}: "${String(rows[r][c]).trim()}" does not fit the number convention of the rest of the file, ${majority} in ${count[minority === '.' ? ',' : '.']} cells; refused (re-save the file in one convention)`,
    );
  }
  return count['.'] ? '.' : count[','] ? ',' : null;
}

/** What a numeric BLS cell holds. */
export type Value =
  | { kind: 'number'; value: number }
  | { kind: 'missing'; marker: string }
  | { kind: 'top-coded'; atLeast: number | null }
  | { kind: 'invalid'; text: string; why?: string };

/**
 * Reads a numeric cell by the file's decimal mark (numberConventionOf): `1,234.5` (or `1.234,5`
 * with a decimal comma), a number cell, Excel's `="…"`, or a BLS marker: `*` and `**` (not
 * available), `~` (too few establishments), `N/A` and empty (missing, never 0), `#` (at or above
 * the top-code), `>=239,200` (same, with its threshold). A cell that does not fit the mark, or
 * reads two ways when the file's mark is unknown (`null`), is `invalid`, with the reason.
 */
export function readValue(cell: Cell, decimal: DecimalMark | null = '.'): Value {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { kind: 'number', value: cell } : { kind: 'invalid', text: String(cell) };
  const text = bare(String(cell ?? ''));
  // No figure is this long: the patterns below then run on a few characters only.
  if ([...text].length > 40) return { kind: 'invalid', text: clip(text, 41) };
  if (text === '' || text === '*' || text === '**' || text === '~' || /^n\/?a$/i.test(text)) return { kind: 'missing', marker: text };
  if (text === '#') return { kind: 'top-coded', atLeast: null };
  const atLeast = text.startsWith('>=');
  const figure = atLeast ? bare(text.slice(2)) : text;
  let value: number | undefined;
  if (decimal) value = numberBy(figure, decimal);
  else {
    const byPoint = numberBy(figure, '.');
    const byComma = numberBy(figure, ',');
    if (byPoint !== undefined && byComma !== undefined && byPoint !== byComma) {
      return { kind: 'invalid', text, why: 'reads two ways (decimal point or comma) and no other cell of the file shows which' };
    }
    value = byPoint ?? byComma;
  }
  if (value === undefined) {
    const why = decimal && numberBy(figure, decimal === '.' ? ',' : '.') !== undefined
      ? `written with a decimal ${decimal === '.' ? 'comma' : 'point'}, but the file's other figures use a decimal ${decimal === '.' ? 'point' : 'comma'}`
      : undefined;
    return why ? { kind: 'invalid', text, why } : { kind: 'invalid', text };
  }
  return atLeast ? { kind: 'top-coded', atLeast: value } : { kind: 'number', value };
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
 * The sample job titles BLS appends to a projections title, after two or more spaces and a star,
 * each ending at the next star: "Medical records specialists    * Health Information Coder* Medical
 * Bill Coder" → ["Health Information Coder", "Medical Bill Coder"]. Empty when there are none.
 */
export function sampleTitles(title: string): string[] {
  const name = beforeSampleTitles(title);
  const rest = title.trim().slice(name.length).trim();
  if (!rest.startsWith('*')) return [];
  return rest
    .split('*')
    .map((t) => t.trim())
    .filter((t) => t !== '');
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

/** How BLS publishes a figure: with how many decimals, and what it is called in a message. */
export interface Published {
  decimals: number;
  what: string;
}

/**
 * Whether `value` has at most `decimals` decimals, to within the noise of binary floating point
 * (37.409999999999997 has two): an absolute margin of 1e-6 on the scaled value, far above that
 * noise for any BLS figure (under 1e9 scaled) and far below a real extra digit (204220.2 has one).
 */
export function hasAtMostDecimals(value: number, decimals: number): boolean {
  const scaled = value * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) <= 1e-6;
}

/** A table with named columns: the header row found, and cells read by column meaning. */
export class Table {
  readonly file: string;
  readonly header: string[];
  /** Data rows, each with its 1-based row number in the file. */
  readonly rows: { line: number; cells: Cell[] }[];
  /** The decimal mark every number in the file is read by (numberConventionOf). */
  readonly decimal: DecimalMark | null;
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
    this.decimal = numberConventionOf(file, rows, at + 1, this.header);
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

  /**
   * A number cell read by the file's decimal mark; an ImportError naming the cell when it is not a
   * number or a BLS marker, or when it is written with more decimals than BLS publishes that figure
   * with (`published`: whole dollars or counts 0, cents 2, thousands and percents 1). A text cell
   * `25.810` where whole dollars belong is a thousands separator read as a decimal point, never
   * $26 (xlsx number cells are exempt: Excel keeps binary noise such as 37.409999999999997).
   */
  value(line: number, cells: Cell[], column: number, published?: Published): Exclude<Value, { kind: 'invalid' }> {
    const read = readValue(cells[column], this.decimal);
    if (read.kind === 'invalid') {
      throw new ImportError(`${this.where(line, column)}: "${read.text}" ${read.why ?? 'is not a number or a BLS marker (*, **, #, ~, N/A)'}; refused`);
    }
    if (published && read.kind === 'number' && typeof cells[column] === 'string' && !hasAtMostDecimals(read.value, published.decimals)) {
      const text = String(cells[column]).trim();
      throw new ImportError(
        `${this.where(line, column)}: "${text}" has more decimals than BLS publishes ${published.what} with (${published.decimals || 'none'})${
          published.decimals === 0 && (this.decimal === '.' ? /\.\d{3}$/ : /,\d{3}$/).test(text) ? `: a thousands separator read as a decimal ${this.decimal === '.' ? 'point' : 'comma'}?` : ''
        }; refused (re-save the file in one number convention)`,
      );
    }
    return read;
  }

  /** Where a cell is, for messages: `state.csv, row 12, column A_MEAN`. */
  where(line: number, column: number): string {
    return `${this.file}, row ${line}, column ${this.header[column]}`;
  }
}
