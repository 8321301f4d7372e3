/**
 * Test-only routes on the test server:
 * - /fixtures/slow?ms=N : answers the default profile after N milliseconds.
 * - /fixtures/status/N  : answers with HTTP status N.
 * Other fixtures are plain files under test/fixtures/.
 */
import { readFile } from 'node:fs/promises';

export function fixturesPlugin() {
  return {
    name: 'mrt-fixtures',
    async serve(context) {
      const url = new URL(context.request.url, 'http://localhost');
      if (url.pathname === '/fixtures/slow') {
        const ms = Number(url.searchParams.get('ms') ?? 1000);
        await new Promise((resolve) => setTimeout(resolve, ms));
        return { body: await readFile('data/medical-records-technician.json', 'utf8'), type: 'application/json' };
      }
      const status = url.pathname.match(/^\/fixtures\/status\/(\d{3})$/);
      if (status) {
        context.status = Number(status[1]);
        return { body: 'nope', type: 'text/plain' };
      }
      return undefined;
    },
  };
}
