// npm run hostile-corpus -- OUT_DIR: writes the hostile test corpus (profiles as JSON, BLS files,
// zip bombs included) into OUT_DIR, for trying them by hand. The tests generate the same corpus
// themselves (test/import/hostile.test.mjs, test/components/hostile.test.ts); nothing large is committed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeHostileBlsFiles } from './hostile/bls-files.mjs';
import { hostileProfiles } from './hostile/profiles.mjs';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/hostile-corpus.mjs OUT_DIR');
  process.exit(2);
}
mkdirSync(join(dir, 'profiles'), { recursive: true });
mkdirSync(join(dir, 'bls'), { recursive: true });
const base = JSON.parse(readFileSync(new URL('../data/medical-records-technician.json', import.meta.url), 'utf8'));
for (const { name, data, json } of hostileProfiles(base)) writeFileSync(join(dir, 'profiles', `${name}.json`), json ?? JSON.stringify(data));
const cases = await writeHostileBlsFiles(join(dir, 'bls'));
writeFileSync(join(dir, 'bls', 'cases.txt'), cases.map((c) => `${c.name}: mrt-widgets ${c.args.join(' ')}`).join('\n') + '\n');
console.log(`wrote ${dir}/profiles (${hostileProfiles(base).length} profiles) and ${dir}/bls (${cases.length} importer cases, listed in cases.txt)`);
