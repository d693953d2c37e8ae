// `npm run server -- --pg <connection string> [--port N] [--host H] [--secure-cookies] [--trust-proxy]
// [--public-origin https://…] [--pool N] [--lang nb|en]`: the team server — the web mode's service over PostgreSQL
// for many users, with accounts, sessions and roles (README, "Team server"). Binds 127.0.0.1 unless --host says
// otherwise. `--add-user <name> --role leser|redaktør|admin` adds an account instead (the password from the prompt
// or stdin, never the arguments); the first admin is made so.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { t } from '../shared/i18n';
import { addUserCommand, CliError, langOf, parseServerArgs, serveCommand } from './server/cli';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const lang = langOf(argv);

try {
  const args = parseServerArgs(argv, lang);
  if (args.addUser !== undefined) {
    await addUserCommand(args, (s) => console.log(s));
  } else {
    const server = await serveCommand(args, path.join(root, 'dist', 'renderer'), (s) => console.log(s));
    const stop = () => {
      console.log(t(lang, 'server.stopping'));
      void server.close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  }
} catch (err) {
  console.error(err instanceof CliError ? err.message : err);
  process.exitCode = err instanceof CliError ? err.exitCode : 1;
}
