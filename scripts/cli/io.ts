// The real process: stdout, stderr and files, read as UTF-8.
import { readFileSync } from 'node:fs';
import type { CliIo } from './types';

export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    readFile: (path) => readFileSync(path, 'utf8'),
  };
}
