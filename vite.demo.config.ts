import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { defineConfig } from 'vite';
import { TAGGED_FILES, integrity } from './scripts/integrity.mjs';

/**
 * `npm start`: the demo at /demo/ (/ redirects there), served from the project root so scenarios
 * can load /data/*.json by `src`; /cdn/ and /embed/resize.js come from dist/ (the builder's
 * snippets point there). /fixtures/slow?ms=N answers the default
 * profile after N ms, for the timeout scenario (the test server has the same route).
 */
export default defineConfig({
  server: { open: process.env.CI ? false : '/demo/', port: 5173 },
  preview: { open: false },
  // The builder's version and integrity hashes (vite.config.ts sets them for the built builder): of
  // dist/'s files once `npm run build` has made them, else none.
  define: {
    __MRT_VERSION__: JSON.stringify((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version),
    __MRT_INTEGRITY__: JSON.stringify(TAGGED_FILES.every((f) => existsSync(`dist/${f}`)) ? integrity() : {}),
  },
  build: { outDir: 'dist/demo', emptyOutDir: true, rolldownOptions: { input: { demo: 'demo/index.html' } } },
  plugins: [
    {
      name: 'mrt-demo-fixtures',
      configureServer(server) {
        server.middlewares.use((req, res, next) => {
          if (req.url !== '/') return next();
          res.writeHead(302, { location: '/demo/' }).end();
        });
        // The snippet builder's snippets point at /cdn/ and /embed/resize.js: answered from dist/
        // once `npm run build` has made them.
        server.middlewares.use(async (req, res, next) => {
          const path = req.url?.split('?')[0] ?? '';
          const file = /^\/cdn\/(mrt-widgets\.(js|css)|[\w-]+-[\w-]{8}\.js)$/.test(path) || path === '/embed/resize.js' ? `dist${path}` : undefined;
          if (!file) return next();
          try {
            const body = await readFile(file, 'utf8');
            res.setHeader('content-type', file.endsWith('.css') ? 'text/css' : 'text/javascript');
            res.end(body);
          } catch {
            res.writeHead(404, { 'content-type': 'text/plain' }).end(`${file} is not built yet: run npm run build`);
          }
        });
        // The embed page loads ./embed.js, a classic script built by `npm run build`; here, a loader
        // of its source as a module (the dev server is never a sandboxed frame's host).
        server.middlewares.use('/embed/embed.js', (_req, res) => {
          res.setHeader('content-type', 'text/javascript');
          res.end("const s = document.createElement('script'); s.type = 'module'; s.src = '/src/embed/embed.ts'; document.head.append(s);");
        });
        server.middlewares.use('/fixtures/slow', (req, res) => {
          const ms = Number(new URL(req.url ?? '', 'http://localhost').searchParams.get('ms') ?? 1000);
          setTimeout(async () => {
            res.setHeader('content-type', 'application/json');
            res.end(await readFile('data/medical-records-technician.json', 'utf8'));
          }, ms);
        });
      },
    },
  ],
});
