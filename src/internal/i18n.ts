import type { Basis, PercentileKey } from '../data/types.js';

/**
 * Interface text in one language. Figures arrive already formatted; `{x}` in
 * a pattern is replaced by `fill`.
 */
export interface Strings {
  loading: string;
  notAvailable: string;
  /** "{x} or more": a BLS top-coded figure. */
  orMore: string;
  per: Record<Basis, string>;
  basisName: Record<Basis, string>;
  basisLegend: string;
  mean: string;
  percentile: Record<PercentileKey, string>;
  /** Short names under the ends of the bar. */
  endLabel: { p10: string; p90: string };
  medianPay: string;
  meanPay: string;
  employed: string;
  wagesLabel: string;
  bySetting: string;
  noWages: string;
  /** "{x} pay figures are not available." with the basis name. */
  noBasis: string;
  /** The range sentence's three clauses and its joining word. */
  half: string;
  lowest: string;
  highest: string;
  and: string;
  showTable: string;
  /** Names the figure and its table: "{title}: annual pay, percentiles and mean". */
  tableCaption: Record<Basis, string>;
  hideTable: string;
  figureColumn: string;
  amountColumn: string;
  source: string;
  sources: string;
  /** Outlook gauge. */
  outlookLabel: string;
  allOccupations: string;
  timesAverage: string;
  pointsAbove: string;
  pointsBelow: string;
  jobs: string;
  noProjection: string;
  noChange: string;
  sameAsAverage: string;
  /** State wages. */
  statesTop: string;
  statesAll: string;
  metros: string;
  notInData: string;
  stateColumn: string;
  rank: string;
  view: Record<'map' | 'table' | 'both', string>;
  viewLegend: string;
  noStates: string;
  /** Career path. */
  careerPath: string;
  growth: string;
  related: string;
  qualities: string;
  workEnvironment: string;
  noPath: string;
  /** "Data problem: {x}": a problem in a profile that still shows. */
  problems: string;
  /** "(and {x} more)". */
  more: string;
  /** "The data could not be loaded: {x}". */
  loadFailed: string;
}

const en: Strings = {
  loading: 'Loading…',
  notAvailable: 'not available',
  orMore: '{x} or more',
  per: { annual: 'a year', hourly: 'an hour' },
  basisName: { annual: 'Annual', hourly: 'Hourly' },
  basisLegend: 'Show pay',
  mean: 'Mean',
  percentile: {
    p10: '10th percentile',
    p25: '25th percentile',
    median: 'Median',
    p75: '75th percentile',
    p90: '90th percentile',
  },
  endLabel: { p10: '10th', p90: '90th' },
  medianPay: 'Median pay',
  meanPay: 'Mean pay',
  employed: 'Employed',
  wagesLabel: 'Wages',
  bySetting: 'Median pay by work setting',
  noWages: 'Salary data is not available for this occupation.',
  noBasis: '{x} pay figures are not available.',
  half: 'half earn more than {x}',
  lowest: 'the lowest-paid 10 percent earn less than {x}',
  highest: 'the highest-paid 10 percent more than {x}',
  and: ' and ',
  showTable: 'Show the figures',
  tableCaption: { annual: 'annual pay, percentiles and mean', hourly: 'hourly pay, percentiles and mean' },
  hideTable: 'Hide the figures',
  figureColumn: 'Measure',
  amountColumn: 'Pay',
  source: 'Source',
  sources: 'Sources',
  outlookLabel: 'Projected change in employment, {x}',
  allOccupations: 'All occupations',
  timesAverage: 'about {x} times the average for all occupations',
  pointsAbove: '{x} percentage points above the average for all occupations',
  pointsBelow: '{x} percentage points below the average for all occupations',
  jobs: '{0} jobs, from {1} in {2} to {3} in {4}',
  noProjection: 'No employment projection in this dataset.',
  noChange: 'The projected change in employment is not available.',
  sameAsAverage: 'about the same as the average for all occupations',
  statesTop: 'Highest-paying states',
  statesAll: 'Mean pay by state',
  metros: 'Top-paying metropolitan areas',
  notInData: 'not in this dataset',
  stateColumn: 'State',
  rank: 'Rank',
  view: { map: 'Map', table: 'Table', both: 'Both' },
  viewLegend: 'Show',
  noStates: 'No state figures in this dataset.',
  careerPath: 'Career path',
  growth: 'Job growth',
  related: 'Related careers',
  qualities: 'Qualities',
  workEnvironment: 'Work environment',
  noPath: 'No career path in this dataset.',
  problems: 'Data problem: {x}',
  more: ' (and {x} more)',
  loadFailed: 'The data could not be loaded: {x}',
};

const es: Strings = {
  loading: 'Cargando…',
  notAvailable: 'no disponible',
  orMore: '{x} o más',
  per: { annual: 'al año', hourly: 'por hora' },
  basisName: { annual: 'Anual', hourly: 'Por hora' },
  basisLegend: 'Mostrar el pago',
  mean: 'Promedio',
  percentile: {
    p10: 'Percentil 10',
    p25: 'Percentil 25',
    median: 'Mediana',
    p75: 'Percentil 75',
    p90: 'Percentil 90',
  },
  endLabel: { p10: 'P10', p90: 'P90' },
  medianPay: 'Salario mediano',
  meanPay: 'Salario promedio',
  employed: 'Empleados',
  wagesLabel: 'Salarios',
  bySetting: 'Salario mediano según el lugar de trabajo',
  noWages: 'No hay datos de salario para esta ocupación.',
  noBasis: 'No hay cifras de pago: {x}.',
  half: 'la mitad gana más de {x}',
  lowest: 'el 10 por ciento peor pagado gana menos de {x}',
  highest: 'el 10 por ciento mejor pagado, más de {x}',
  and: ' y ',
  showTable: 'Mostrar las cifras',
  tableCaption: { annual: 'pago anual, percentiles y promedio', hourly: 'pago por hora, percentiles y promedio' },
  hideTable: 'Ocultar las cifras',
  figureColumn: 'Medida',
  amountColumn: 'Pago',
  source: 'Fuente',
  sources: 'Fuentes',
  outlookLabel: 'Cambio proyectado del empleo, {x}',
  allOccupations: 'Todas las ocupaciones',
  timesAverage: 'unas {x} veces el promedio de todas las ocupaciones',
  pointsAbove: '{x} puntos porcentuales por encima del promedio de todas las ocupaciones',
  pointsBelow: '{x} puntos porcentuales por debajo del promedio de todas las ocupaciones',
  jobs: '{0} empleos, de {1} en {2} a {3} en {4}',
  noProjection: 'No hay proyección de empleo en este conjunto de datos.',
  noChange: 'El cambio proyectado del empleo no está disponible.',
  sameAsAverage: 'más o menos igual que el promedio de todas las ocupaciones',
  statesTop: 'Estados con mejores salarios',
  statesAll: 'Salario promedio por estado',
  metros: 'Áreas metropolitanas con mejores salarios',
  notInData: 'no está en estos datos',
  stateColumn: 'Estado',
  rank: 'Puesto',
  view: { map: 'Mapa', table: 'Tabla', both: 'Ambos' },
  viewLegend: 'Mostrar',
  noStates: 'No hay cifras por estado en estos datos.',
  careerPath: 'Trayectoria profesional',
  growth: 'Crecimiento del empleo',
  related: 'Carreras relacionadas',
  qualities: 'Cualidades',
  workEnvironment: 'Entorno de trabajo',
  noPath: 'No hay trayectoria profesional en este conjunto de datos.',
  problems: 'Problema en los datos: {x}',
  more: ' (y {x} más)',
  loadFailed: 'No se pudieron cargar los datos: {x}',
};

/** Interface text for a resolved locale: Spanish for `es-*`, English otherwise. */
/** The languages the widgets have interface text in. */
export const LANGUAGES = ['en', 'es'] as const;

export const stringsFor = (locale: string): Strings => (locale.toLowerCase().startsWith('es') ? es : en);

/** Puts values where a pattern says `{x}` (the first) or `{0}`, `{1}`, …. */
export const fill = (pattern: string, ...values: (string | number)[]): string =>
  pattern.replace(/\{(x|\d)\}/g, (_, key: string) => String(values[key === 'x' ? 0 : Number(key)]));

/** Like `fill`, for a template: the values (data text in `<bdi>`, say) are placed as they are, between the pattern's text parts. */
export const fillTemplate = (pattern: string, ...values: unknown[]): unknown[] =>
  pattern.split(/\{(x|\d)\}/).map((part, i) => (i % 2 ? values[part === 'x' ? 0 : Number(part)] : part));

/**
 * The range sentence: "Half earn more than $39,180 a year; the lowest-paid 10
 * percent earn less than $25,810 and the highest-paid 10 percent more than
 * $64,610." Missing figures (empty strings) drop their clause.
 */
export function rangeSentence(strings: Strings, basis: Basis, median: string, p10: string, p90: string): string {
  const ends = [p10 && fill(strings.lowest, p10), p90 && fill(strings.highest, p90)].filter(Boolean).join(strings.and);
  const text = median ? `${fill(strings.half, `${median} ${strings.per[basis]}`)}${ends ? `; ${ends}` : ''}` : ends;
  return text && `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
