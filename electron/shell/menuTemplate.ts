// The native menu as plain data, built from the command registry, so it is tested without Electron; menu.ts only
// turns it into Electron's Menu. On macOS the first menu is the app's own (About, Services, Hide, Quit) and a
// Window menu follows, as the platform expects; elsewhere Fil ends with Avslutt.
import { COMMANDS, type CommandId, type CommandSpec, type MenuName } from '../../shared/commands';
import { t, tCode, type Lang } from '../../shared/i18n';

/** Electron's menu roles that the template uses. */
export type MenuRole =
  | 'about' | 'services' | 'hide' | 'hideOthers' | 'unhide' | 'quit' | 'cut' | 'copy' | 'paste' | 'selectAll'
  | 'reload' | 'toggleDevTools' | 'resetZoom' | 'zoomIn' | 'zoomOut' | 'togglefullscreen' | 'minimize' | 'close'
  | 'windowMenu';

export type MenuEntry =
  | { type: 'separator' }
  | { command: CommandId; label: string; accelerator?: string; registerAccelerator: boolean }
  | { role: MenuRole; label: string }
  | { recentFile: string; label: string }
  | { label: string; enabled: false }
  | { label: string; role?: MenuRole; submenu: MenuEntry[] };

export interface MenuOptions {
  lang: Lang;
  platform: NodeJS.Platform;
  recentFiles: string[];
  /** The app's name, the title of the macOS app menu. */
  appName: string;
}

const SEPARATOR = { type: 'separator' } as const;

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

function commandEntries(menu: MenuName, lang: Lang): MenuEntry[] {
  const out: MenuEntry[] = [];
  for (const c of COMMANDS as readonly CommandSpec[]) {
    if (c.menu !== menu) continue;
    if (c.group && out.length > 0) out.push(SEPARATOR);
    out.push({
      command: c.id as CommandId,
      label: tCode(lang, c.label),
      ...(c.keys ? { accelerator: c.keys[0] } : {}),
      // Undo and redo show their keys but leave them to the page, so a cell editor keeps its own undo.
      registerAccelerator: !c.pageKeys,
    });
  }
  return out;
}

export function menuTemplate({ lang, platform, recentFiles, appName }: MenuOptions): MenuEntry[] {
  const mac = platform === 'darwin';
  const role = (r: MenuRole, key: string): MenuEntry => ({ role: r, label: tCode(lang, key) });
  const recent: MenuEntry[] = recentFiles.length
    ? recentFiles.map((file) => ({ recentFile: file, label: baseName(file) }))
    : [{ label: t(lang, 'menu.noRecent'), enabled: false }];
  const file = commandEntries('file', lang);
  // "Åpne nylig" follows the import, as the menu of a document app has it.
  const afterImport = file.findIndex((e) => 'command' in e && e.command === 'scenario.import') + 1;
  file.splice(afterImport, 0, { label: t(lang, 'menu.recent'), submenu: recent });
  if (!mac) file.push(SEPARATOR, role('quit', 'menu.quit'));

  const template: MenuEntry[] = [];
  if (mac) {
    template.push({
      label: appName,
      submenu: [role('about', 'menu.about'), SEPARATOR, role('services', 'menu.services'), SEPARATOR, role('hide', 'menu.hide'), role('hideOthers', 'menu.hideOthers'), role('unhide', 'menu.showAll'), SEPARATOR, role('quit', 'menu.quit')],
    });
  }
  template.push(
    { label: t(lang, 'menu.file'), submenu: file },
    {
      label: t(lang, 'menu.edit'),
      submenu: [...commandEntries('edit', lang), SEPARATOR, role('cut', 'menu.cut'), role('copy', 'menu.copy'), role('paste', 'menu.paste'), role('selectAll', 'menu.selectAll')],
    },
    {
      label: t(lang, 'menu.view'),
      submenu: [
        ...commandEntries('view', lang),
        SEPARATOR,
        role('reload', 'menu.reload'),
        role('toggleDevTools', 'menu.devTools'),
        SEPARATOR,
        role('resetZoom', 'menu.resetZoom'),
        role('zoomIn', 'menu.zoomIn'),
        role('zoomOut', 'menu.zoomOut'),
        SEPARATOR,
        role('togglefullscreen', 'menu.fullscreen'),
      ],
    },
  );
  if (mac) template.push({ label: t(lang, 'menu.window'), role: 'windowMenu', submenu: [role('minimize', 'menu.minimize'), role('close', 'menu.close')] });
  return template;
}

/** Every command the template offers, in menu order (for tests and for checking the accelerators). */
export function menuCommands(template: MenuEntry[]): CommandId[] {
  return template.flatMap((e) => ('submenu' in e ? menuCommands(e.submenu) : 'command' in e ? [e.command] : []));
}
