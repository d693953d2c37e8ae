// The commands that work on a database (--db): registered in commands.ts as one entry.
import { deleteCommand } from './delete';
import { exportCommand } from './export';
import { importCommand } from './import';
import { listCommand } from './list';
import { restoreBackupCommand } from './restoreBackup';
import type { CliCommand } from './types';

export const storeCommands: readonly CliCommand[] = [listCommand, importCommand, exportCommand, deleteCommand, restoreBackupCommand];
