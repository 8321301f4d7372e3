/**
 * The Employment Projections occupation export ("Occupational Projections
 * Data"): employment in thousands for the base and projected years, change,
 * openings, median wage, typical entry-level education. Headers name the years.
 */
import { ImportError, Table, beforeSampleTitles, readText } from './table.js';

export const PROJECTIONS_HEADER = ['soccode', 'occupationcode', 'occupationtitle'];

export interface ProjectionRow {
  title: string;
  years: [number, number];
  baseEmployment: number | null;
  projectedEmployment: number | null;
  numericChange: number | null;
  percentChange: number | null;
  openingsPerYear: number | null;
  medianAnnual: number | null;
  medianTopCoded: boolean;
  typicalEntry?: string;
}

export function readProjections(table: Table, soc: string): ProjectionRow {
  const code = table.require(['soccode', 'occupationcode'], 'occupation code (SOC Code or Occupation Code)');
  const employmentColumns = table.header
    .map((name, i) => ({ i, year: name.match(/^employment,?\s+(\d{4})\b/i)?.[1] }))
    .filter((c): c is { i: number; year: string } => c.year !== undefined);
  if (employmentColumns.length < 2) {
    throw new ImportError(`${table.file}: no "Employment YYYY" columns for the base and projected years`);
  }
  const [base, projected] = employmentColumns;
  const change = table.require([], 'employment change', /^employment change(?!.*percent)/i);
  const percent = table.require([], 'employment percent change', /percent/i);
  const openings = table.column([], /openings/i);
  const wage = table.column([], /median annual wage/i);
  const education = table.column([], /typical entry-level education/i);
  const title = table.column(['occupationtitle']);
  const row = table.rows.find((r) => readText(r.cells[code]) === soc);
  if (!row) throw new ImportError(`${soc} is not in ${table.file} (${table.rows.length} occupations)`);

  const number = (column: number | undefined, scale = 1): number | null => {
    if (column === undefined) return null;
    const read = table.value(row.line, row.cells, column);
    if (read.kind === 'number') return Math.round(read.value * scale * 10) / 10;
    if (read.kind === 'missing') return null;
    throw new ImportError(`${table.where(row.line, column)}: "${readText(row.cells[column])}" is a top-code marker where BLS publishes a number`);
  };
  // Employment, change and openings are in thousands in every edition, whether or not the header says so.
  const thousands = (column: number | undefined): number | null => {
    const value = number(column, 1000);
    return value === null ? null : Math.round(value);
  };
  const wageValue = wage === undefined ? ({ kind: 'missing' } as const) : table.value(row.line, row.cells, wage);
  return {
    // Titles carry sample job titles after four spaces and a star: "Medical records specialists    * Coder* …".
    title: title === undefined ? '' : beforeSampleTitles(readText(row.cells[title])),
    years: [Number(base.year), Number(projected.year)],
    baseEmployment: thousands(base.i),
    projectedEmployment: thousands(projected.i),
    numericChange: thousands(change),
    percentChange: number(percent),
    openingsPerYear: thousands(openings),
    medianAnnual: wageValue.kind === 'number' ? wageValue.value : wageValue.kind === 'top-coded' ? wageValue.atLeast : null,
    medianTopCoded: wageValue.kind === 'top-coded',
    ...(education === undefined ? {} : { typicalEntry: readText(row.cells[education]) }),
  };
}
