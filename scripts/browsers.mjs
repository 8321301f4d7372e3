// The three engines the tests run in, all Debian's (test tools never download
// a browser here): Chromium, Firefox ESR and WebKitGTK.
//
// - Chromium: @web/test-runner-chrome on puppeteer-core over the DevTools protocol.
// - Firefox: the same launcher handed puppeteer-core itself with `browser: 'firefox'`
//   (what @web/test-runner-puppeteer does, without its `puppeteer` dependency, whose
//   install downloads a browser): WebDriver BiDi, no geckodriver.
// - WebKit: WebKitWebDriver (webkit2gtk-driver) started here on a free port, its
//   MiniBrowser under Xvfb (it needs an X display; its --headless did not work),
//   driven by @web/test-runner-webdriver's WebdriverIO over classic WebDriver
//   (WebKitWebDriver refuses BiDi capabilities).
// See docs/decisions/0008-three-engines.md.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteerCore from 'puppeteer-core';
import { CHROME_ARGS, CHROME_PATH } from './chromium.mjs';

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
export const MINIBROWSER_PATH = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Each engine: the files it needs and how to install them on Debian/Ubuntu. */
export const ENGINES = {
  chromium: { label: 'Chromium', files: [CHROME_PATH], install: 'chromium' },
  firefox: { label: 'Firefox', files: [FIREFOX_PATH], install: 'firefox-esr' },
  webkit: { label: 'WebKit', files: [WEBKIT_DRIVER_PATH, MINIBROWSER_PATH], install: 'webkit2gtk-driver xvfb' },
};

/** The engines to run: MRT_BROWSERS=chromium,firefox,webkit (the default: all three). */
export function selectedEngines() {
  const names = (process.env.MRT_BROWSERS || 'chromium,firefox,webkit').split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !(n in ENGINES));
  if (unknown.length) throw new Error(`MRT_BROWSERS: unknown engine ${unknown.join(', ')} (known: ${Object.keys(ENGINES).join(', ')})`);
  return names;
}

/** What is missing for the selected engines, as lines for a person to act on (empty when all is there). */
export function missingEngines(names = selectedEngines()) {
  return names
    .filter((n) => ENGINES[n].files.some((f) => !existsSync(f)))
    .map((n) => `${ENGINES[n].label}: ${ENGINES[n].files.filter((f) => !existsSync(f)).join(', ')} not found (Debian/Ubuntu: sudo apt-get install -y ${ENGINES[n].install})`);
}

const children = new Set();
process.on('exit', () => children.forEach((c) => c.kill()));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    children.forEach((c) => c.kill());
    process.exit(130);
  });
}

function start(command, args, options = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], ...options });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

/**
 * An X display for MiniBrowser: the one in DISPLAY, or an Xvfb started here
 * (on the first free display number, which Xvfb reports itself) for as long as
 * this process runs.
 */
let display;
export function ensureDisplay(screen = '1280x1024x24') {
  if (process.env.DISPLAY) return Promise.resolve(process.env.DISPLAY);
  display ??= new Promise((resolve, reject) => {
    const xvfb = start('Xvfb', ['-displayfd', '3', '-screen', '0', screen, '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    let out = '';
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) {
        process.env.DISPLAY = `:${out.trim()}`;
        resolve(process.env.DISPLAY);
      }
    });
    xvfb.on('error', (e) => reject(new Error(`Xvfb could not start (Debian/Ubuntu: sudo apt-get install -y xvfb): ${e.message}`)));
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it reported a display`)));
  });
  return display;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts WebKitWebDriver on a free port and resolves once it answers /status. */
export async function startWebKitDriver({ screen } = {}) {
  await ensureDisplay(screen);
  const port = await freePort();
  const driver = start(WEBKIT_DRIVER_PATH, [`--port=${port}`, '--host=127.0.0.1']);
  let log = '';
  driver.stderr.on('data', (chunk) => (log = (log + chunk).slice(-2000)));
  for (let i = 0; i < 100; i++) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode}): ${log}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return { port, driver };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  driver.kill();
  throw new Error(`WebKitWebDriver did not answer on port ${port}: ${log}`);
}

/** What WebdriverIO needs to start a MiniBrowser session on a WebKitWebDriver at `port`. */
export const webkitOptions = (port) => ({
  hostname: '127.0.0.1',
  port,
  path: '/',
  logLevel: 'error',
  capabilities: {
    browserName: 'MiniBrowser',
    // WebKitWebDriver speaks classic WebDriver only: with BiDi asked for, it refuses the session.
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
  },
});

/** @web/test-runner-webdriver's launcher with its own WebKitWebDriver (and Xvfb if there is no display). */
class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super(webkitOptions(0));
  }

  async initialize(config, testFiles) {
    this.webkitDriver = await startWebKitDriver();
    this.options.port = this.webkitDriver.port;
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    this.webkitDriver?.driver.kill();
  }
}

const launchers = {
  chromium: () => {
    const launcher = chromeLauncher({
      launchOptions: {
        executablePath: CHROME_PATH,
        headless: true,
        args: [
          ...CHROME_ARGS,
          '--headless=new',
          // Pages in the background keep their timers and frames (fixture() waits for one).
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    });
    launcher.name = 'Chromium';
    return launcher;
  },
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: FIREFOX_PATH,
        headless: true,
        extraPrefsFirefox: {
          // The closed network: no update checks, telemetry or remote settings.
          'app.update.enabled': false,
          'network.captive-portal-service.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
          // Timers and frames in a page the test runner has not focused run at full speed.
          'dom.min_background_timeout_value': 0,
        },
      },
    }),
  webkit: () => new WebKitLauncher(),
};

/** The test runner's browser launchers for the selected engines. */
export const browserLaunchers = (names = selectedEngines()) => names.map((n) => launchers[n]());
