import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageKeys } from '../i18n';
import { COMMANDS, DESKTOP_SHELL_COMMANDS, keysLabel, matchesKeys, type CommandSpec } from './index';

const root = path.resolve(import.meta.dirname, '../..');
const specs = COMMANDS as readonly CommandSpec[];
const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sources(full) : /\.tsx?$/.test(e.name) && !e.name.includes('.test.') ? [full] : [];
  });
}

describe('the command registry', () => {
  it('names every command once, with a label in both languages and shortcuts no other command has', () => {
    const ids = specs.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const lang of ['nb', 'en'] as const) for (const c of specs) expect(messageKeys(lang), c.label).toContain(c.label);
    const keys = specs.flatMap((c) => (c.keys ?? []).map((k) => k.toLowerCase()));
    expect(new Set(keys).size).toBe(keys.length);
    // What the issue asks for, at least.
    for (const id of ['scenario.new', 'scenario.open', 'scenario.duplicate', 'scenario.rename', 'scenario.export', 'scenario.import', 'scenario.delete', 'edit.undo', 'edit.redo', 'view.compare', 'app.print', 'app.language', 'app.palette']) {
      expect(ids).toContain(id);
    }
  });

  it('has a handler for every command: each owner answers all its commands (the type lists them) and is on screen', () => {
    // useCommands(owner, handlers) takes a handler for every command of its owner, or the compiler refuses it; here
    // each owner must call it somewhere in the renderer, and the desktop shell must run its own commands.
    const renderer = sources(path.join(root, 'renderer', 'src')).map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    for (const owner of new Set(specs.map((c) => c.owner))) expect(renderer, owner).toMatch(new RegExp(`useCommands\\('${owner}',`));
    const main = fs.readFileSync(path.join(root, 'electron', 'main.ts'), 'utf8');
    for (const id of DESKTOP_SHELL_COMMANDS) expect(main, id).toContain(`id === '${id}'`);
    expect(DESKTOP_SHELL_COMMANDS.sort()).toEqual(['app.print', 'scenario.import', 'scenario.importXlsx']);
  });

  it('matches key presses as Electron reads its accelerators, Cmd on a Mac and Ctrl elsewhere', () => {
    expect(matchesKeys('CmdOrCtrl+N', press('n', { ctrlKey: true }), false)).toBe(true);
    expect(matchesKeys('CmdOrCtrl+N', press('N', { ctrlKey: true }), false)).toBe(true);
    expect(matchesKeys('CmdOrCtrl+N', press('n', { metaKey: true }), true)).toBe(true);
    expect(matchesKeys('CmdOrCtrl+N', press('n', { ctrlKey: true }), true)).toBe(false);
    expect(matchesKeys('CmdOrCtrl+N', press('n', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(matchesKeys('CmdOrCtrl+Shift+Z', press('Z', { ctrlKey: true, shiftKey: true }), false)).toBe(true);
    expect(matchesKeys('F2', press('F2'), false)).toBe(true);
    expect(matchesKeys('F2', press('F2', { altKey: true }), false)).toBe(false);
    expect(keysLabel('CmdOrCtrl+Shift+E', false)).toBe('Ctrl+Shift+E');
    expect(keysLabel('CmdOrCtrl+Shift+E', true)).toBe('⇧⌘E');
    expect(keysLabel('F2', false)).toBe('F2');
  });
});
