// The native menu, in Norwegian. Commands that belong to the open scenario go to the renderer as a `command`
// message; undo/redo show their shortcuts but leave the keys to the page (registerAccelerator: false), so typing
// in a cell editor keeps its own undo and the app's undo works the same in the browser.
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import path from 'node:path';

export type UiCommand = 'new' | 'duplicate' | 'rename' | 'delete' | 'export' | 'undo' | 'redo';

export interface MenuActions {
  importFile(): void;
  savePdf(): void;
  openRecent(file: string): void;
  recentFiles: string[];
}

export function installMenu(win: BrowserWindow | null, actions: MenuActions): void {
  const send = (command: UiCommand) => () => win?.webContents.send('command', command);
  const recent: MenuItemConstructorOptions[] = actions.recentFiles.length
    ? actions.recentFiles.map((file) => ({ label: path.basename(file), toolTip: file, click: () => actions.openRecent(file) }))
    : [{ label: 'Ingen nylige filer', enabled: false }];
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Fil',
      submenu: [
        { label: 'Nytt scenario', accelerator: 'CmdOrCtrl+N', click: send('new') },
        { label: 'Dupliser scenario', accelerator: 'CmdOrCtrl+D', click: send('duplicate') },
        { label: 'Gi nytt navn …', accelerator: 'F2', click: send('rename') },
        { type: 'separator' },
        { label: 'Importer scenariofil …', accelerator: 'CmdOrCtrl+O', click: () => actions.importFile() },
        { label: 'Åpne nylig', submenu: recent },
        { label: 'Eksporter …', accelerator: 'CmdOrCtrl+E', click: send('export') },
        { label: 'Lagre som PDF …', accelerator: 'CmdOrCtrl+P', click: () => actions.savePdf() },
        { type: 'separator' },
        { label: 'Slett scenario', click: send('delete') },
        { type: 'separator' },
        { role: 'quit', label: 'Avslutt' },
      ],
    },
    {
      label: 'Rediger',
      submenu: [
        { label: 'Angre', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: send('undo') },
        { label: 'Gjør om', accelerator: 'CmdOrCtrl+Y', registerAccelerator: false, click: send('redo') },
        { type: 'separator' },
        { role: 'cut', label: 'Klipp ut' },
        { role: 'copy', label: 'Kopier' },
        { role: 'paste', label: 'Lim inn' },
        { role: 'selectAll', label: 'Merk alt' },
      ],
    },
    {
      label: 'Vis',
      submenu: [
        { role: 'reload', label: 'Last inn på nytt' },
        { role: 'toggleDevTools', label: 'Utviklerverktøy' },
        { type: 'separator' },
        { role: 'resetZoom', label: 'Faktisk størrelse' },
        { role: 'zoomIn', label: 'Zoom inn' },
        { role: 'zoomOut', label: 'Zoom ut' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Fullskjerm' },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
