// The demo's dev server for scripts that look at it (screenshots in each engine): started on
// `port`, resolved once /demo/ answers; `stop()` ends it.
import { spawn } from 'node:child_process';

export async function startDemoServer(port) {
  const server = spawn('node_modules/.bin/vite', ['--config', 'vite.demo.config.ts', '--port', String(port), '--strictPort'], {
    env: { ...process.env, CI: '1' },
    stdio: 'ignore',
  });
  const base = `http://localhost:${port}/demo/`;
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return { base, origin: `http://localhost:${port}`, stop: () => server.kill() };
}
