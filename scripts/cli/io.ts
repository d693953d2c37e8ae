// The real process: stdout and stderr with control characters escaped (terminal.ts), and files read with the
// byte limit, only when they are regular files, as UTF-8 with or without a byte order mark (readTextFile.ts).
import { readTextFile } from '../../electron/files/readTextFile';
import { forTerminal } from './terminal';
import type { CliIo } from './types';

const line = (text: string) => forTerminal(text.endsWith('\n') ? text.slice(0, -1) : text) + '\n';

export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(line(text)),
    err: (text) => process.stderr.write(line(text)),
    readFile: (path) => readTextFile(path),
  };
}
