/**
 * The Employment Projections occupation export ("Occupational Projections
 * Data"): employment in thousands for the base and projected years, change,
 * openings, median wage, typical entry-level education. Headers name the years.
 */
import { ImportError, Table, beforeSampleTitles, readText, sampleTitles } from './table.js';
import type { Published } from './table.js';

export const PROJECTIONS_HEADER = ['soccode', 'occupationcode', 'occupationtitle'];

/** How BLS publishes each figure of the export (decimals, and its name in a message). */
const PUBLISHED = {
  thousands: { decimals: 1, what: 'employment, change and openings (in thousands)' },
  percent: { decimals: 1, what: 'the percent change' },
  wage: { decimals: 0, what: 'the median annual wage (whole dollars)' },
} satisfies Record<string, Published>;

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
  workExperience?: string;
  onTheJobTraining?: string;
  /** BLS's sample job titles from the title cell ("Health Information Coder", …). */
  sampleTitles: string[];
}

/** The years of an export, from its "Employment YYYY" headers. */
export function projectionYears(table: Table): [number, number] {
  const years = table.header.map((name) => name.match(/^employment,?\s+(\d{4})\b/i)?.[1]).filter((y) => y !== undefined);
  if (years.length < 2) throw new ImportError(`${table.file}: no "Employment YYYY" columns for the base and projected years`);
  return [Number(years[0]), Number(years[1])];
}

/** The row of `soc`, or undefined when the export has no such occupation (the caller warns). */
export function readProjections(table: Table, soc: string): ProjectionRow | undefined {
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
  const experience = table.column([], /work experience in a related occupation/i);
  const training = table.column([], /typical on-the-job training/i);
  const title = table.column(['occupationtitle']);
  const row = table.rows.find((r) => readText(r.cells[code]) === soc);
  if (!row) return undefined;

  const number = (column: number | undefined, published: Published, scale = 1): number | null => {
    if (column === undefined) return null;
    const read = table.value(row.line, row.cells, column, published);
    if (read.kind === 'number') return Math.round(read.value * scale * 10) / 10;
    if (read.kind === 'missing') return null;
    throw new ImportError(`${table.where(row.line, column)}: "${readText(row.cells[column])}" is a top-code marker where BLS publishes a number`);
  };
  // Employment, change and openings are in thousands in every edition, whether or not the header says so.
  const thousands = (column: number | undefined): number | null => {
    const value = number(column, PUBLISHED.thousands, 1000);
    return value === null ? null : Math.round(value);
  };
  const wageValue = wage === undefined ? ({ kind: 'missing' } as const) : table.value(row.line, row.cells, wage, PUBLISHED.wage);
  return {
    // Titles carry sample job titles after four spaces and a star: "Medical records specialists    * Coder* …".
    title: title === undefined ? '' : beforeSampleTitles(readText(row.cells[title])),
    years: [Number(base.year), Number(projected.year)],
    baseEmployment: thousands(base.i),
    projectedEmployment: thousands(projected.i),
    numericChange: thousands(change),
    percentChange: number(percent, PUBLISHED.percent),
    openingsPerYear: thousands(openings),
    medianAnnual: wageValue.kind === 'number' ? wageValue.value : wageValue.kind === 'top-coded' ? wageValue.atLeast : null,
    medianTopCoded: wageValue.kind === 'top-coded',
    ...(education === undefined ? {} : { typicalEntry: readText(row.cells[education]) }),
    ...(experience === undefined ? {} : { workExperience: readText(row.cells[experience]) }),
    ...(training === undefined ? {} : { onTheJobTraining: readText(row.cells[training]) }),
    sampleTitles: title === undefined ? [] : sampleTitles(readText(row.cells[title])),
  };
}
