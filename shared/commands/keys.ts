// Keyboard shortcuts in Electron's accelerator syntax ("CmdOrCtrl+Shift+E"), matched against a key event and
// written for people ("Ctrl+Shift+E", "⇧⌘E" on a Mac). Plain data in, so the page and tests use the same rules.

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

interface Parsed {
  key: string;
  ctrl: boolean;
  meta: boolean;
  shift: boolean;
  alt: boolean;
}

function parse(accelerator: string, mac: boolean): Parsed {
  const parts = accelerator.split('+');
  const key = parts.pop()!.toLowerCase();
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  const cmdOrCtrl = mods.has('cmdorctrl') || mods.has('commandorcontrol');
  return {
    key,
    ctrl: mods.has('ctrl') || mods.has('control') || (cmdOrCtrl && !mac),
    meta: mods.has('cmd') || mods.has('command') || mods.has('super') || (cmdOrCtrl && mac),
    shift: mods.has('shift'),
    alt: mods.has('alt') || mods.has('option'),
  };
}

/** Whether a key press is the accelerator. Letters compare without case (Shift is a modifier of its own). */
export function matchesKeys(accelerator: string, e: KeyPress, mac: boolean): boolean {
  const a = parse(accelerator, mac);
  return e.key.toLowerCase() === a.key && e.ctrlKey === a.ctrl && e.metaKey === a.meta && e.shiftKey === a.shift && e.altKey === a.alt;
}

/** The accelerator as the platform writes it. */
export function keysLabel(accelerator: string, mac: boolean): string {
  const a = parse(accelerator, mac);
  const key = a.key.length === 1 ? a.key.toUpperCase() : a.key[0].toUpperCase() + a.key.slice(1);
  if (mac) return `${a.ctrl ? '⌃' : ''}${a.alt ? '⌥' : ''}${a.shift ? '⇧' : ''}${a.meta ? '⌘' : ''}${key}`;
  return [a.ctrl && 'Ctrl', a.alt && 'Alt', a.shift && 'Shift', a.meta && 'Super', key].filter(Boolean).join('+');
}
