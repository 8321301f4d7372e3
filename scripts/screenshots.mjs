// npm run screenshots: PNGs of the demo in headless Chromium (light, dark,
// 280/320 px, Spanish, forced colours, a right-to-left page, top-coded pay, the map alone in
// dark, the career profile, the snippet builder, print)
// into screenshots/, to look at.
import { startDemoServer } from './demo-server.mjs';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, CHROME_PATH } from './chromium.mjs';

const port = 5199;
const server = await startDemoServer(port);
const { base } = server;

const browser = await chromium.launch({
  executablePath: CHROME_PATH,
  args: CHROME_ARGS,
});
mkdirSync('screenshots', { recursive: true });
const shots = [
  { name: 'light', width: 900, query: '' },
  { name: 'dark', width: 900, query: '', colorScheme: 'dark' },
  { name: 'narrow', width: 320, query: '?scenario=card-narrow' },
  { name: 'spanish', width: 900, query: '?scenario=card-spanish' },
  { name: 'forced-colors', width: 900, query: '?scenario=card-default', forcedColors: 'active' },
  { name: 'errors', width: 900, query: '' },
  { name: 'profile', width: 1100, query: '?scenario=profile-default' },
  { name: 'profile-dark', width: 1100, query: '?scenario=profile-dark', colorScheme: 'dark' },
  { name: 'profile-narrow', width: 360, query: '?scenario=profile-narrow' },
  { name: 'profile-spanish', width: 1100, query: '?scenario=profile-spanish' },
  { name: 'rtl-page', width: 600, query: '?scenario=card-rtl' },
  { name: 'top-coded', width: 600, query: '?scenario=range-top-coded' },
  { name: 'map-only-dark', width: 900, query: '?scenario=states-map-only-dark', colorScheme: 'dark' },
  { name: 'states-narrow', width: 320, query: '?scenario=states-narrow' },
  { name: 'gauge-narrow', width: 320, query: '?scenario=gauge-narrow' },
  { name: 'path-narrow', width: 320, query: '?scenario=path-narrow' },
  { name: 'builder', width: 1000, url: `${server.origin}/embed/builder.html` },
  { name: 'builder-dark', width: 1000, url: `${server.origin}/embed/builder.html`, colorScheme: 'dark' },
];
for (const shot of shots) {
  const page = await browser.newPage({
    viewport: { width: shot.width, height: 900 },
    colorScheme: shot.colorScheme ?? 'light',
    forcedColors: shot.forcedColors ?? 'none',
  });
  await page.goto(shot.url ?? base + shot.query);
  await page.waitForTimeout(1500);
  if (shot.name === 'errors') await page.locator('#bad-json').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `screenshots/${shot.name}.png`, fullPage: shot.name !== 'errors' && shot.name !== 'light' && shot.name !== 'dark' });
  await page.close();
}
const page = await browser.newPage();
await page.goto(`${base}?scenario=card-default`);
await page.waitForTimeout(800);
await page.pdf({ path: 'screenshots/print.pdf', format: 'Letter' });
await browser.close();
server.stop();
console.log(`screenshots/: ${shots.map((s) => s.name).join(', ')} (.png) and print.pdf`);
