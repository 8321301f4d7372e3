import { BASES } from '../data/types.js';
import type { Basis, DataProblem, OccupationProfile } from '../data/types.js';

/** Reads a `basis` attribute, warning about a value it does not know and falling back to annual. */
export function readBasis(value: string, element: Element): Basis {
  if ((BASES as readonly string[]).includes(value)) return value as Basis;
  console.warn(`<${element.localName}>: basis="${value}" is not annual or hourly; showing annual pay.`);
  return 'annual';
}

/** Problems that keep a profile's wages from being drawn. */
export function checkWages(profile: OccupationProfile): DataProblem[] {
  const wages = profile.wages;
  if (!wages) return [{ path: 'wages', message: 'this profile has no wage figures' }];
  if (!wages.annual && !wages.hourly) return [{ path: 'wages', message: 'neither annual nor hourly figures can be shown' }];
  return [];
}
