// Debian's Chromium, as every script and the test runner start it. Test tools
// here never download a browser; as root Chromium needs --no-sandbox, and the
// networking flags stop it opening connections a closed network refuses.
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
