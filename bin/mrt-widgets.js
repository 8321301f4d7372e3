#!/usr/bin/env node
// The `mrt-widgets` command (see `mrt-widgets --help`). Runs the built importer.
import { main } from '../dist/import/cli.js';

process.exitCode = await main(process.argv.slice(2));
