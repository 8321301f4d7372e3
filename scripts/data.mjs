// npm run data: regenerates every built-in profile that comes from BLS files,
// with the package's own importer, from the BLS file slices in data/bls/.
// (medical-records-technician.json holds the source document's figures and is edited by hand.)
import { writeFileSync } from 'node:fs';
import { importProfile } from '../dist/import/index.js';

export const BLS_PROFILES = [
  {
    out: 'data/medical-records-specialists.json',
    options: {
      soc: '29-2072',
      id: 'medical-records-specialists',
      title: 'Medical Records Specialist',
      national: 'data/bls/national_M2023_dl.xlsx',
      state: 'data/bls/state_M2023_dl.csv',
      projections: 'data/bls/ep_2023-33_Employment_Projections.csv',
    },
  },
];

for (const { out, options } of BLS_PROFILES) {
  const { profile, warnings } = await importProfile(options);
  for (const w of warnings) console.warn(`warning: ${w}`);
  writeFileSync(out, `${JSON.stringify(profile, null, 2)}\n`);
  console.log(`wrote ${out}`);
}
