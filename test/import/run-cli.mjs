// The command as a person runs it, for the importer's tests: `node bin/mrt-widgets.js ARGS`,
// resolving with its exit code and output whether it succeeds or fails.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Runs `mrt-widgets ARGS`; resolves with `{ code, stdout, stderr }` (code 0 on success). */
export async function cli(...args) {
  try {
    const { stdout, stderr } = await run('node', ['bin/mrt-widgets.js', ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}
