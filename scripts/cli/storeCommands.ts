// The commands that work on a database (--db): registered in commands.ts as one entry.
import { exportCommand } from './export';
import { importCommand } from './import';
import { listCommand } from './list';
import type { CliCommand } from './types';

export const storeCommands: readonly CliCommand[] = [listCommand, importCommand, exportCommand];
