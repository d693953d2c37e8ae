// The command table. One file per command; a new command (list, import, export against the database …) is one
// more entry here.
import { computeCommand } from './compute';
import { explainCommand } from './explain';
import { storeCommands } from './storeCommands';
import type { CliCommand } from './types';
import { validateCommand } from './validate';

export const commands: readonly CliCommand[] = [computeCommand, validateCommand, explainCommand, ...storeCommands];

export function findCommand(name: string): CliCommand | undefined {
  return commands.find((c) => c.name === name);
}
