// `npm run bench`: speed figures against HyperFormula (issue 7). See scripts/bench/main.ts for the options.
import { main } from './bench/main';

process.exitCode = await main(process.argv.slice(2));
