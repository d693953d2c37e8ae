// Handlingsrom on the command line: `npm run cli -- <command> …` (tsx scripts/cli.ts). Commands are listed in
// scripts/cli/commands.ts; `npm run cli -- --help` shows them.
import { processIo } from './cli/io';
import { main } from './cli/main';

process.exitCode = await main(process.argv.slice(2), processIo());
