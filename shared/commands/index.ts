export { COMMANDS, DESKTOP_SHELL_COMMANDS, commandSpec, isCommandId, type CommandId, type CommandOwner, type CommandSpec, type CommandsOf, type MenuName } from './registry';
export { keysLabel, matchesKeys, type KeyPress } from './keys';
