#!/usr/bin/env node
// The `mrt-widgets` command (see `mrt-widgets --help`). Runs the built importer.
let cli;
try {
  cli = await import('../dist/import/cli.js');
} catch (error) {
  // A clone that was not built yet: say so, not with a stack trace.
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/import/cli.js')) throw error;
  console.error('mrt-widgets: the command is not built yet. In a clone of the repository, run `npm install && npm run build` first.');
  process.exit(1);
}
process.exitCode = await cli.main(process.argv.slice(2));
