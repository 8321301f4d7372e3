/**
 * OEWS wage tables (national and state), as BLS publishes them (`.xlsx`) and
 * as people re-save them (`.csv`). Column names differ by year; they are
 * matched by meaning.
 */
import { clip } from '../data/problem.js';
import { DISTRIBUTION_KEYS } from '../data/types.js';
import type { Distribution, DistributionKey, StateRow } from '../data/types.js';
import { STATE_CODES_BY_NAME, STATE_NAMES_BY_CODE } from './states.js';
import { ImportError, Table, readText } from './table.js';
import type { Cell, Published } from './table.js';

/** The columns of each figure, by basis, in the normalised names different years use. */
const FIGURE_COLUMNS: Record<'hourly' | 'annual', Record<DistributionKey, string[]>> = {
  hourly: { p10: ['hpct10'], p25: ['hpct25'], median: ['hmedian'], p75: ['hpct75'], p90: ['hpct90'], mean: ['hmean', 'hrmean'] },
  annual: { p10: ['apct10'], p25: ['apct25'], median: ['amedian'], p75: ['apct75'], p90: ['apct90'], mean: ['amean', 'avgmean'] },
};
const CODE = ['occcode', 'soccode', 'occupationcode'];
const TITLE = ['occtitle', 'occupationtitle', 'occupation'];
const GROUP = ['ogroup', 'occgroup'];
const EMPLOYMENT = ['totemp'];

/**
 * BLS top-codes: `#` means at or above this much. $100.00 an hour or
 * $208,000 a year through May 2021; $115.00 or $239,200 from May 2022.
 */
export function topCode(year: number): { hourly: number; annual: number } {
  return year >= 2022 ? { hourly: 115, annual: 239200 } : { hourly: 100, annual: 208000 };
}

/** The reference year of an OEWS file from its usual name (`national_M2023_dl.xlsx` → 2023). */
export function yearFromFileName(file: string): number | undefined {
  const match = file.match(/M(20\d\d)/i) ?? file.match(/(20\d\d)/);
  return match ? Number(match[1]) : undefined;
}

export interface ReadContext {
  table: Table;
  year: number;
  warnings: string[];
}

/** The kinds of figure in an OEWS table, and how BLS publishes each (decimals, and its name in a message). */
type Kind = 'hourly' | 'annual' | 'employment';
const PUBLISHED: Record<Kind, Published> = {
  hourly: { decimals: 2, what: 'hourly wages (cents)' },
  annual: { decimals: 0, what: 'annual wages (whole dollars)' },
  employment: { decimals: 0, what: 'employment (whole jobs)' },
};

/**
 * One figure from a row, with markers read and bad cells reported by row and column: a number
 * rounded to its published decimals (Excel keeps binary-float noise, 37.409999999999997; a text
 * cell with more decimals than that was refused by Table.value), null when missing, or the
 * top-code for `#` (wages only: a top-coded employment count is no BLS marker, and is refused).
 */
function figure(ctx: ReadContext, line: number, cells: Cell[], column: number | undefined, kind: Kind) {
  if (column === undefined) return { value: null, topCoded: false };
  const read = ctx.table.value(line, cells, column, PUBLISHED[kind]);
  switch (read.kind) {
    case 'number': {
      const scale = 10 ** PUBLISHED[kind].decimals;
      return { value: Math.round(read.value * scale) / scale, topCoded: false };
    }
    case 'missing':
      return { value: null, topCoded: false };
    case 'top-coded':
      if (kind === 'employment') throw new ImportError(`${ctx.table.where(line, column)}: "${readText(cells[column])}" is a top-code marker where BLS publishes a count; refused`);
      return { value: read.atLeast ?? topCode(ctx.year)[kind], topCoded: true };
  }
}

function distribution(ctx: ReadContext, line: number, cells: Cell[], basis: 'hourly' | 'annual'): Distribution | null {
  const dist = {} as Distribution;
  const atLeast: DistributionKey[] = [];
  for (const key of DISTRIBUTION_KEYS) {
    const { value, topCoded } = figure(ctx, line, cells, ctx.table.column(FIGURE_COLUMNS[basis][key]), basis);
    dist[key] = value;
    if (topCoded) atLeast.push(key);
  }
  if (atLeast.length) dist.atLeast = atLeast;
  return DISTRIBUTION_KEYS.some((key) => dist[key] !== null) ? dist : null;
}

/**
 * Whether a row holds cross-industry figures (all industries and ownerships: NAICS 000000, I_GROUP
 * cross-industry), where the table says: BLS's industry files and "All data" file also hold one row
 * per industry (NAICS 622000 Hospitals) and private-only rows (000001), whose figures are not the
 * occupation's.
 */
function isCrossIndustry(table: Table, cells: Cell[]): boolean {
  const naics = table.column(['naics']);
  const group = table.column(['igroup']);
  return (naics === undefined || /^0+$/.test(readText(cells[naics]))) && (group === undefined || readText(cells[group]).toLowerCase() === 'cross-industry');
}

/**
 * Rows whose code is `soc`, cross-industry only (isCrossIndustry); of a broad and a detailed row
 * with one code, the detailed one.
 */
function rowsFor(table: Table, soc: string): Table['rows'] {
  const code = table.require(CODE, 'occupation code (OCC_CODE)');
  const group = table.column(GROUP);
  const rows = table.rows.filter((r) => readText(r.cells[code]) === soc && isCrossIndustry(table, r.cells));
  const detailed = group === undefined ? [] : rows.filter((r) => readText(r.cells[group]).toLowerCase() === 'detailed');
  return detailed.length ? detailed : rows;
}

export interface NationalWages {
  title: string;
  employment: number | null;
  annual: Distribution | null;
  hourly: Distribution | null;
  allOccupations?: { annualMean: number | null; annualMedian: number | null };
}

/** The national row of one occupation, and the all-occupations row (00-0000) for comparison. */
export function readNational(ctx: ReadContext, soc: string): NationalWages {
  const { table } = ctx;
  const hasWages = [FIGURE_COLUMNS.annual.median, FIGURE_COLUMNS.hourly.median, FIGURE_COLUMNS.annual.mean].some(
    (names) => table.column(names) !== undefined,
  );
  if (!hasWages) {
    const projections = table.header.some((h) => /^employment,?\s+\d{4}/i.test(h));
    throw new ImportError(
      projections
        ? `${table.file} looks like an Employment Projections export, not an OEWS wage file: give it with --projections`
        : `${table.file}: no wage columns (looked for A_MEDIAN, H_MEDIAN, A_MEAN)`,
    );
  }
  const area = table.column(['areatitle', 'areaname']);
  const areas = new Set(area === undefined ? [] : table.rows.map((r) => readText(r.cells[area])));
  if (areas.size > 1) {
    throw new ImportError(`${table.file} has rows for ${areas.size} areas (${[...areas].slice(0, 2).join(', ')}, …): it looks like a state file; give it with --state, and the national file with --national`);
  }
  const [row] = rowsFor(table, soc);
  if (!row) {
    const code = table.require(CODE, 'occupation code (OCC_CODE)');
    const industries = table.rows.filter((r) => readText(r.cells[code]) === soc).length;
    throw new ImportError(
      industries
        ? `${table.file} has ${industries} rows for ${soc}, none of them cross-industry (NAICS 000000): it looks like an industry file; give the national cross-industry file (national_M20YY_dl)`
        : `${soc} is not in ${table.file} (${table.rows.length} rows); check the SOC code and the file's year`,
    );
  }
  const groupColumn = table.column(GROUP);
  const level = groupColumn === undefined ? '' : readText(row.cells[groupColumn]).toLowerCase();
  if (level && level !== 'detailed') {
    ctx.warnings.push(
      `${table.where(row.line, groupColumn!)}: ${soc} is a ${level === 'total' ? 'total of all occupations' : `${level} group`}, not a detailed occupation: its figures add up several occupations`,
    );
  }
  const title = table.column(TITLE);
  const employment = table.column(EMPLOYMENT);
  const all = rowsFor(table, '00-0000')[0];
  const wages: NationalWages = {
    title: title === undefined ? '' : readText(row.cells[title]),
    employment: employment === undefined ? null : figure(ctx, row.line, row.cells, employment, 'employment').value,
    annual: distribution(ctx, row.line, row.cells, 'annual'),
    hourly: distribution(ctx, row.line, row.cells, 'hourly'),
  };
  if (all) {
    const annual = distribution(ctx, all.line, all.cells, 'annual');
    wages.allOccupations = { annualMean: annual?.mean ?? null, annualMedian: annual?.median ?? null };
  }
  for (const basis of ['annual', 'hourly'] as const) {
    if (!wages[basis]) ctx.warnings.push(`${table.file} has no ${basis} wages for ${soc} (BLS publishes some occupations on one basis only)`);
  }
  return wages;
}

/** One row per state, DC or territory for the occupation, ordered as in the file. */
export function readStates(ctx: ReadContext, soc: string): StateRow[] {
  const { table } = ctx;
  const codeColumn = table.column(['primstate', 'st', 'stateab', 'stateabbreviation']);
  const nameColumn = table.column(['areatitle', 'areaname', 'state']);
  if (codeColumn === undefined && nameColumn === undefined) {
    throw new ImportError(`${table.file}: no state column (looked for PRIM_STATE, AREA_TITLE, ST)`);
  }
  const hourly = table.column(FIGURE_COLUMNS.hourly.mean);
  const annual = table.column(FIGURE_COLUMNS.annual.mean);
  if (hourly === undefined && annual === undefined) throw new ImportError(`${table.file}: no mean wage column (looked for H_MEAN, A_MEAN)`);
  const employment = table.column(EMPLOYMENT);
  // AREA_TYPE (in BLS's own files): 1 the U.S., 2 a state or DC, 3 a territory, 4 and up metro and
  // nonmetro areas. Only 2 and 3 are state figures; a metro area is never read as its state. The
  // U.S. row of a combined file is expected, and skipped without a word (as below without AREA_TYPE).
  const areaType = table.column(['areatype']);
  const area = (cells: Cell[]): 'state' | 'us' | 'other' => {
    const type = areaType === undefined ? '2' : readText(cells[areaType]);
    return type === '2' || type === '3' ? 'state' : type === '1' ? 'us' : 'other';
  };
  const code = table.require(CODE, 'occupation code (OCC_CODE)');
  const skipped = table.rows.filter((r) => readText(r.cells[code]) === soc && (!isCrossIndustry(table, r.cells) || area(r.cells) === 'other')).length;
  if (skipped) {
    ctx.warnings.push(`${table.file}: ${skipped} rows for ${soc} are not state-wide cross-industry figures (metro or nonmetro areas, or single industries, by AREA_TYPE and NAICS): skipped`);
  }
  const rows: StateRow[] = [];
  for (const { line, cells } of rowsFor(table, soc)) {
    if (area(cells) !== 'state') continue;
    const name = nameColumn === undefined ? '' : readText(cells[nameColumn]);
    // Own keys only: a code such as `constructor` or `__proto__` is unknown, not a prototype member.
    const code = codeColumn === undefined ? (Object.hasOwn(STATE_CODES_BY_NAME, name) ? STATE_CODES_BY_NAME[name] : undefined) : readText(cells[codeColumn]);
    if (!code || !Object.hasOwn(STATE_NAMES_BY_CODE, code)) {
      // The U.S. row of a combined file is expected; any other area is skipped and said.
      if (code !== 'US' && name !== 'U.S.' && !(codeColumn === undefined && !name)) {
        ctx.warnings.push(`${table.where(line, codeColumn ?? nameColumn!)}: ${JSON.stringify(clip(code ?? name))} is not a US state, DC or territory; row skipped`);
      }
      continue;
    }
    const atLeast: ('hourlyMean' | 'annualMean')[] = [];
    const read = (column: number | undefined, basis: 'hourly' | 'annual'): number | null => {
      const { value, topCoded } = figure(ctx, line, cells, column, basis);
      // A top-coded mean (#) is kept as the top-code and marked "at least", never shown as exact.
      if (topCoded) atLeast.push(basis === 'hourly' ? 'hourlyMean' : 'annualMean');
      return value;
    };
    rows.push({
      code,
      name: STATE_NAMES_BY_CODE[code],
      hourlyMean: read(hourly, 'hourly'),
      annualMean: read(annual, 'annual'),
      employment: employment === undefined ? null : figure(ctx, line, cells, employment, 'employment').value,
      ...(atLeast.length ? { atLeast } : {}),
    });
  }
  if (!rows.length) ctx.warnings.push(`no state rows for ${soc} in ${table.file}`);
  else {
    const absent = Object.keys(STATE_NAMES_BY_CODE).filter((c) => !rows.some((r) => r.code === c) && !['AS', 'GU', 'MP', 'PR', 'VI'].includes(c));
    if (absent.length) ctx.warnings.push(`${table.file} has no row for ${soc} in ${absent.length} of the 50 states and DC (${absent.join(', ')}): shown as not in this dataset`);
  }
  return rows;
}

/** True when a header row looks like an OEWS table. */
export const OEWS_HEADER = [...CODE, 'amean', 'hmean', 'totemp'];
