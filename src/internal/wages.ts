import { BASES } from '../data/types.js';
import type { Basis, DataProblem, OccupationProfile, StateRow, Wages } from '../data/types.js';

/**
 * Reads a `basis` attribute, warning about a value it does not know and falling back to annual.
 * Unset (undefined, or null for a removed attribute) stays unset: shownBasis then picks one by the data.
 */
export function readBasis(value: string | null | undefined, element: Element): Basis | undefined {
  if (value == null) return undefined;
  if ((BASES as readonly string[]).includes(value)) return value as Basis;
  console.warn(`<${element.localName}>: basis="${value}" is not annual or hourly; showing annual pay.`);
  return 'annual';
}

/**
 * The basis an element shows: the one set on it (`basis`, or the reader's choice), else annual pay,
 * or hourly pay where the profile has hourly figures only (BLS publishes some occupations, such as
 * actors, hourly only: they would otherwise open on "Annual pay figures are not available").
 */
export const shownBasis = (set: Basis | undefined, wages: Wages | undefined): Basis => set ?? (!wages?.annual && wages?.hourly ? 'hourly' : 'annual');

/** The same for the state map's figure: the one set, else annual mean pay, or hourly where no row has an annual mean and some have an hourly one. */
export const shownMetric = <M extends string>(set: M | undefined, rows: readonly StateRow[] | undefined): M | 'annual' | 'hourly' =>
  set ?? (!rows?.some((r) => r.annualMean !== null) && rows?.some((r) => r.hourlyMean !== null) ? 'hourly' : 'annual');

/** Problems that keep a profile's wages from being drawn. */
export function checkWages(profile: OccupationProfile): DataProblem[] {
  const wages = profile.wages;
  if (!wages) return [{ path: 'wages', message: 'this profile has no wage figures' }];
  if (!wages.annual && !wages.hourly) return [{ path: 'wages', message: 'neither annual nor hourly figures can be shown' }];
  return [];
}
