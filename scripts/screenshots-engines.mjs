// npm run screenshots:engines: PNGs of the demo in Firefox ESR and WebKitGTK
// (Debian's, as the tests drive them: scripts/browsers.mjs) into
// screenshots/firefox/ and screenshots/webkit/, to set beside Chromium's
// (npm run screenshots). Neither engine's automation emulates a colour scheme,
// so the dark shots use theme="dark" scenarios.
import { startDemoServer } from './demo-server.mjs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { launch } from 'puppeteer-core';
import { remote } from 'webdriverio';
import { FIREFOX_PATH, freePort, startWebKitDriver, webkitOptions } from './browsers.mjs';

const port = await freePort();
const server = await startDemoServer(port);
const { base } = server;

const shots = [
  { name: 'light', width: 900, query: '' },
  { name: 'card', width: 900, query: '?scenario=card-default' },
  { name: 'card-dark', width: 900, query: '?scenario=card-dark' },
  { name: 'narrow', width: 320, query: '?scenario=card-narrow' },
  { name: 'spanish', width: 900, query: '?scenario=card-spanish' },
  { name: 'range', width: 900, query: '?scenario=range-default' },
  { name: 'gauge', width: 900, query: '?scenario=gauge-default' },
  { name: 'states', width: 900, query: '?scenario=states-all' },
  { name: 'path', width: 900, query: '?scenario=path-default' },
  { name: 'path-narrow', width: 320, query: '?scenario=path-narrow' },
  { name: 'profile', width: 1100, query: '?scenario=profile-default' },
  { name: 'profile-dark', width: 1100, query: '?scenario=profile-dark' },
  { name: 'profile-narrow', width: 360, query: '?scenario=profile-narrow' },
  { name: 'profile-spanish', width: 1100, query: '?scenario=profile-spanish' },
];
const settle = () => new Promise((r) => setTimeout(r, 1500));

try {
  mkdirSync('screenshots/firefox', { recursive: true });
  const firefox = await launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true });
  for (const shot of shots) {
    const page = await firefox.newPage();
    await page.setViewport({ width: shot.width, height: 900 });
    await page.goto(base + shot.query);
    await settle();
    await page.screenshot({ path: `screenshots/firefox/${shot.name}.png`, fullPage: shot.name !== 'light' });
    await page.close();
  }
  await firefox.close();

  // Classic WebDriver screenshots the window only: the window is made as tall as the page.
  mkdirSync('screenshots/webkit', { recursive: true });
  const { port: driverPort, driver } = await startWebKitDriver({ screen: '1400x4000x24' });
  const webkit = await remote(webkitOptions(driverPort));
  try {
    for (const shot of shots) {
      await webkit.setWindowSize(shot.width, 900);
      await webkit.url(base + shot.query);
      await settle();
      if (shot.name !== 'light') {
        const height = await webkit.execute(() => document.documentElement.scrollHeight);
        await webkit.setWindowSize(shot.width, Math.min(height + 100, 4000));
        await settle();
      }
      writeFileSync(`screenshots/webkit/${shot.name}.png`, Buffer.from(await webkit.takeScreenshot(), 'base64'));
    }
  } finally {
    await webkit.deleteSession();
    driver.kill();
  }
  console.log(`screenshots/firefox/ and screenshots/webkit/: ${shots.map((s) => s.name).join(', ')} (.png)`);
} finally {
  server.stop();
}
