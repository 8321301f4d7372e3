// npm run data: regenerates every built-in profile that comes from BLS files,
// with the package's own importer, from the BLS file slices in data/bls/.
// (medical-records-technician.json holds the source document's figures and is edited by hand.)
import { writeFileSync } from 'node:fs';
import { importProfile, toScriptSafeJson } from '../dist/import/index.js';
import { BLS_PROFILES } from './bls-profiles.mjs';

for (const { out, options } of BLS_PROFILES) {
  const { profile, warnings } = await importProfile(options);
  for (const w of warnings) console.warn(`warning: ${w}`);
  writeFileSync(out, toScriptSafeJson(profile));
  console.log(`wrote ${out}`);
}
