// Visual regression tests (test/visual/visual.mjs says what keeps them stable): each shot of
// SHOTS compared with its baseline in test/visual/baselines/. `npm run test:visual -- --update`
// (MRT_VISUAL_UPDATE=1) writes the baselines and browser.json instead.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { BASELINES, DIFFS, SHOTS, baselineVersion, compare, startVisual, writeBaseline } from './visual.mjs';

const update = process.env.MRT_VISUAL_UPDATE === '1';
const UPDATE = '`npm run test:visual -- --update`';

describe('visual regression', () => {
  let visual;
  before(async () => {
    rmSync(DIFFS, { recursive: true, force: true });
    if (update && existsSync(BASELINES)) {
      for (const file of readdirSync(BASELINES)) if (file.endsWith('.png')) rmSync(`${BASELINES}/${file}`);
    }
    visual = await startVisual();
    const made = baselineVersion();
    if (!update && made && made !== visual.version) console.log(`visual: baselines made with Chromium ${made}, this is ${visual.version}`);
  });
  after(() => visual?.close());

  /** What to do about a difference, with the browser update said first when there is one. */
  const advice = () => {
    const made = baselineVersion();
    if (made && made !== visual.version) return `Baselines made with Chromium ${made}, this is ${visual.version}: run ${UPDATE} after looking at the diffs.`;
    return `If the change is meant, run ${UPDATE} after looking at the diff, and commit the baselines.`;
  };

  for (const shot of SHOTS) {
    it(`${shot.scenario} at ${shot.width} px, ${shot.theme}, looks as its baseline`, async (t) => {
      const png = await visual.shoot(shot);
      if (update) {
        writeBaseline(shot.name, png, visual.version);
        t.diagnostic(`wrote ${BASELINES}/${shot.name}.png`);
        return;
      }
      const result = compare(shot.name, png);
      if (result.ok && result.changed > 0) t.diagnostic(`${result.changed} pixels differ (${result.allowed} allowed)`);
      if (!result.ok) console.log(`visual: ${shot.name} differs: diff ${result.diffPath ?? '(none)'}, taken ${result.actualPath}`);
      assert.ok(result.ok, `${shot.name}: ${result.reason}.\n  diff:  ${result.diffPath ?? '(no baseline to compare)'}\n  taken: ${result.actualPath}\n${advice()}`);
    });
  }

  it('a changed look (an outline on the salary card) fails the comparison and writes a diff image', async () => {
    const shot = SHOTS.find((s) => s.name === 'card-default-600-light');
    const png = await visual.shoot(shot, { extraCss: 'mrt-salary-card { outline: 4px solid #e00000 !important; outline-offset: -4px; }' });

    const result = compare(shot.name, png, { as: 'changed-look' });

    assert.equal(result.ok, false);
    assert.ok(result.changed > result.allowed, `${result.changed} pixels differ, ${result.allowed} allowed`);
    assert.equal(result.diffPath, `${DIFFS}/changed-look.diff.png`);
    assert.ok(existsSync(result.diffPath));
  });
});
