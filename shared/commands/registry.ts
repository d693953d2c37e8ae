// Every command of the app in one list: its label, its keyboard shortcut and where it lives in the menu. The native
// menu (electron/shell/menuTemplate.ts), the keyboard shortcuts of the page and the command palette (Ctrl+K) are all
// built from it, so a command has one name and one shortcut everywhere (docs/architecture.md, "Commands").

/** Which part of the UI answers a command: the shell (App), the scenario list, or the open scenario's workspace. */
export type CommandOwner = 'app' | 'sidebar' | 'workspace';
export type MenuName = 'file' | 'edit' | 'view';

export interface CommandSpec {
  readonly id: string;
  /** i18n key of the label (menu, palette). */
  readonly label: string;
  /** Electron's accelerator syntax ("CmdOrCtrl+Shift+E", "F2"); the first is shown, all work. */
  readonly keys?: readonly string[];
  readonly owner: CommandOwner;
  readonly menu: MenuName;
  /** Starts a menu group (a separator before it). */
  readonly group?: boolean;
  /** The page, not the native menu, takes the keys (undo and redo, so a cell editor keeps its own undo). */
  readonly pageKeys?: boolean;
  /** In the desktop app the main process runs it (a native file dialog, printing to PDF). */
  readonly desktopShell?: boolean;
}

export const COMMANDS = [
  { id: 'scenario.new', label: 'cmd.new', keys: ['CmdOrCtrl+N'], owner: 'sidebar', menu: 'file' },
  { id: 'scenario.open', label: 'cmd.open', keys: ['CmdOrCtrl+Shift+O'], owner: 'app', menu: 'file' },
  { id: 'scenario.duplicate', label: 'cmd.duplicate', keys: ['CmdOrCtrl+D'], owner: 'sidebar', menu: 'file' },
  { id: 'scenario.rename', label: 'cmd.rename', keys: ['F2'], owner: 'sidebar', menu: 'file' },
  { id: 'scenario.import', label: 'cmd.import', keys: ['CmdOrCtrl+O'], owner: 'sidebar', menu: 'file', group: true, desktopShell: true },
  { id: 'scenario.export', label: 'cmd.export', keys: ['CmdOrCtrl+E'], owner: 'sidebar', menu: 'file' },
  { id: 'scenario.exportXlsx', label: 'cmd.exportXlsx', keys: ['CmdOrCtrl+Shift+E'], owner: 'sidebar', menu: 'file' },
  // The open scenario takes a colleague's changes in: its preview and its one undoable edit are the workspace's.
  { id: 'scenario.importXlsx', label: 'cmd.importXlsx', owner: 'workspace', menu: 'file', desktopShell: true },
  { id: 'app.print', label: 'cmd.print', keys: ['CmdOrCtrl+P'], owner: 'app', menu: 'file', desktopShell: true },
  { id: 'scenario.delete', label: 'cmd.delete', owner: 'sidebar', menu: 'file', group: true },
  { id: 'edit.undo', label: 'cmd.undo', keys: ['CmdOrCtrl+Z'], owner: 'workspace', menu: 'edit', pageKeys: true },
  { id: 'edit.redo', label: 'cmd.redo', keys: ['CmdOrCtrl+Y', 'CmdOrCtrl+Shift+Z'], owner: 'workspace', menu: 'edit', pageKeys: true },
  { id: 'scenario.close', label: 'cmd.close', owner: 'app', menu: 'view' },
  { id: 'app.palette', label: 'cmd.palette', keys: ['CmdOrCtrl+K'], owner: 'app', menu: 'view' },
  { id: 'view.compare', label: 'cmd.compare', keys: ['CmdOrCtrl+Shift+S'], owner: 'app', menu: 'view' },
  { id: 'app.language', label: 'cmd.language', keys: ['CmdOrCtrl+Shift+L'], owner: 'app', menu: 'view' },
] as const satisfies readonly CommandSpec[];

export type CommandId = (typeof COMMANDS)[number]['id'];
export type CommandsOf<O extends CommandOwner> = Extract<(typeof COMMANDS)[number], { owner: O }>['id'];

const byId = new Map<string, CommandSpec>(COMMANDS.map((c) => [c.id, c]));

export function isCommandId(id: unknown): id is CommandId {
  return typeof id === 'string' && byId.has(id);
}

export function commandSpec(id: CommandId): CommandSpec {
  return byId.get(id)!;
}

/** The commands the desktop app's main process runs (the renderer asks for them through the preload). */
export const DESKTOP_SHELL_COMMANDS = COMMANDS.filter((c: CommandSpec) => c.desktopShell).map((c) => c.id);
