import { describe, expect, it } from 'vitest';
import { COMMANDS, type CommandSpec } from '../../shared/commands';
import { menuCommands, menuTemplate, type MenuEntry } from './menuTemplate';

const labels = (entries: MenuEntry[]) => entries.map((e) => ('type' in e ? '—' : e.label));
const sub = (entry: MenuEntry) => ('submenu' in entry ? entry.submenu : []);

describe('the native menu', () => {
  it('offers every command of the registry once, with its accelerator', () => {
    const template = menuTemplate({ lang: 'nb', platform: 'linux', recentFiles: [], appName: 'Handlingsrom' });
    expect(menuCommands(template).sort()).toEqual((COMMANDS as readonly CommandSpec[]).map((c) => c.id).sort());
    const file = sub(template[0]);
    expect(file[0]).toEqual({ command: 'scenario.new', label: 'Nytt scenario', accelerator: 'CmdOrCtrl+N', registerAccelerator: true });
    // Undo and redo show their keys but leave them to the page (a cell editor keeps its own undo).
    expect(sub(template[1]).slice(0, 2)).toEqual([
      { command: 'edit.undo', label: 'Angre', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false },
      { command: 'edit.redo', label: 'Gjør om', accelerator: 'CmdOrCtrl+Y', registerAccelerator: false },
    ]);
  });

  it('elsewhere: Fil, Rediger, Vis, with Avslutt last in Fil and the recent files after the import', () => {
    const template = menuTemplate({ lang: 'nb', platform: 'win32', recentFiles: ['C:\\Data\\Plan 2025.handlingsrom'], appName: 'Handlingsrom' });
    expect(labels(template)).toEqual(['Fil', 'Rediger', 'Vis']);
    const file = sub(template[0]);
    expect(file.at(-1)).toEqual({ role: 'quit', label: 'Avslutt' });
    const importAt = file.findIndex((e) => 'command' in e && e.command === 'scenario.import');
    expect(file[importAt + 1]).toEqual({ label: 'Åpne nylig', submenu: [{ recentFile: 'C:\\Data\\Plan 2025.handlingsrom', label: 'Plan 2025.handlingsrom' }] });
  });

  it('on macOS: the app menu first (About, Services, Hide, Quit), no Avslutt in Fil, and a Window menu', () => {
    const template = menuTemplate({ lang: 'nb', platform: 'darwin', recentFiles: [], appName: 'Handlingsrom' });
    expect(labels(template)).toEqual(['Handlingsrom', 'Fil', 'Rediger', 'Vis', 'Vindu']);
    const roles = sub(template[0]).flatMap((e) => ('role' in e && e.role ? [e.role] : []));
    expect(roles).toEqual(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(sub(template[1]).some((e) => 'role' in e && e.role === 'quit')).toBe(false);
    expect(template[4]).toMatchObject({ role: 'windowMenu' });
    expect(sub(template[1]).find((e) => 'label' in e && e.label === 'Åpne nylig')).toEqual({ label: 'Åpne nylig', submenu: [{ label: 'Ingen nylige filer', enabled: false }] });
  });

  it('speaks English when asked', () => {
    expect(labels(menuTemplate({ lang: 'en', platform: 'linux', recentFiles: [], appName: 'Handlingsrom' }))).toEqual(['File', 'Edit', 'View']);
  });
});
