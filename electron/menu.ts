// The native menu: the plain template of electron/shell/menuTemplate.ts turned into Electron's Menu. A click
// names the window it was made in (Electron passes it); nothing here keeps a window, so a closed one is never
// sent to.
import { Menu, type BaseWindow, type MenuItemConstructorOptions } from 'electron';
import type { CommandId } from '../shared/commands';
import { menuTemplate, type MenuEntry, type MenuOptions } from './shell/menuTemplate';

export interface MenuActions {
  /** A command from the menu, for the window it was chosen in (undefined when no window has the focus). */
  command(id: CommandId, win: BaseWindow | undefined): void;
  openRecent(file: string): void;
}

function toElectron(entry: MenuEntry, actions: MenuActions): MenuItemConstructorOptions {
  if ('type' in entry) return { type: 'separator' };
  if ('submenu' in entry) return { label: entry.label, ...(entry.role ? { role: entry.role } : {}), submenu: entry.submenu.map((e) => toElectron(e, actions)) };
  if ('command' in entry) {
    const { command, label, accelerator, registerAccelerator } = entry;
    return { label, accelerator, registerAccelerator, click: (_item, win) => actions.command(command, win) };
  }
  if ('role' in entry) return { role: entry.role, label: entry.label };
  if ('recentFile' in entry) {
    const file = entry.recentFile;
    return { label: entry.label, toolTip: file, click: () => actions.openRecent(file) };
  }
  return { label: entry.label, enabled: false };
}

export function installMenu(options: MenuOptions, actions: MenuActions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options).map((e) => toElectron(e, actions))));
}
