// Runs the commands of shared/commands: the parts of the UI that can answer a command register a handler for it
// (useCommands), and the keyboard, the command palette and the native menu run them by id. A command whose part
// is not on screen, or which cannot run now, says why instead of doing nothing.
import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { COMMANDS, commandSpec, isCommandId, matchesKeys, type CommandId, type CommandOwner, type CommandSpec, type CommandsOf } from '../../../shared/commands';
import { useI18n } from '../i18n/useI18n';

/** A handler, or the i18n key of the reason it cannot run now. */
export type CommandHandler = (() => void) | { unavailable: string };

export interface CommandBus {
  run(id: CommandId): void;
  /** The handler registered now, if any (the palette lists what can run). */
  handler(id: CommandId): CommandHandler | undefined;
  /** Changes when handlers change, so the palette re-reads them. */
  version: number;
}

const BusContext = createContext<{ bus: CommandBus; register(handlers: Partial<Record<CommandId, CommandHandler>>): () => void } | null>(null);

/** Why a command whose part of the UI is not on screen cannot run. */
const ABSENT: Record<CommandOwner, string> = { app: 'cmd.needsScenario', sidebar: 'cmd.needsScenario', workspace: 'cmd.needsWorkspace' };

function isEditable(el: Element | null): boolean {
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || (el as HTMLElement).isContentEditable);
}

export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function CommandProvider({ children, onMessage }: { children: ReactNode; onMessage(text: string, kind: 'error'): void }) {
  const { t, tCode } = useI18n();
  const handlers = useRef(new Map<CommandId, CommandHandler>());
  const [version, setVersion] = useState(0);

  const register = useCallback((next: Partial<Record<CommandId, CommandHandler>>) => {
    const ids = Object.keys(next) as CommandId[];
    for (const id of ids) handlers.current.set(id, next[id]!);
    setVersion((v) => v + 1);
    return () => {
      for (const id of ids) if (handlers.current.get(id) === next[id]) handlers.current.delete(id);
      setVersion((v) => v + 1);
    };
  }, []);

  const run = useCallback(
    (id: CommandId) => {
      const h = handlers.current.get(id);
      if (typeof h === 'function') return h();
      const spec = commandSpec(id);
      onMessage(t('cmd.unavailable', { command: tCode(spec.label).replace(/ …$/, ''), why: tCode(h?.unavailable ?? ABSENT[spec.owner]) }), 'error');
    },
    [onMessage, t, tCode],
  );

  // Shortcuts. In the desktop app the native menu takes the keys it registers, so the page takes only the ones
  // it keeps (undo, redo); a key without Ctrl/Cmd (F2) is left to a text field or the grid it is typed in.
  useEffect(() => {
    const desktop = !!window.handlingsrom;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      for (const c of COMMANDS as readonly CommandSpec[]) {
        if (!c.keys?.some((k) => matchesKeys(k, e, isMac))) continue;
        if (desktop && !c.pageKeys) return;
        const target = document.activeElement;
        if (c.pageKeys && isEditable(target)) return;
        if (!(e.ctrlKey || e.metaKey) && (isEditable(target) || target?.closest('.ag-root-wrapper'))) return;
        e.preventDefault();
        run(c.id as CommandId);
        return;
      }
    };
    window.addEventListener('keydown', onKey);
    // The native menu's commands, in the desktop app.
    const off = window.handlingsrom?.onCommand((command) => {
      if (isCommandId(command)) run(command);
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      off?.();
    };
  }, [run]);

  const value = useMemo(() => ({ bus: { run, handler: (id: CommandId) => handlers.current.get(id), version }, register }), [run, register, version]);
  return <BusContext.Provider value={value}>{children}</BusContext.Provider>;
}

export function useCommandBus(): CommandBus {
  const ctx = useContext(BusContext);
  if (!ctx) throw new Error('useCommandBus outside CommandProvider');
  return ctx.bus;
}

/** Answers every command of one part of the UI (the type lists them all, so none can be forgotten) while it is on
 *  screen. Handlers may change on every render; the latest one runs. */
export function useCommands<O extends CommandOwner>(_owner: O, handlers: { [K in CommandsOf<O>]: CommandHandler }): void {
  const ctx = useContext(BusContext);
  if (!ctx) throw new Error('useCommands outside CommandProvider');
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  const { register } = ctx;
  // Registered again only when a command turns available or unavailable; a function handler is called through a
  // forwarder that reads the latest one, so handlers may be new on every render.
  const shape = Object.entries(handlers)
    .map(([id, h]) => `${id}:${typeof h === 'function' ? 'run' : (h as { unavailable: string }).unavailable}`)
    .join('|');
  useEffect(() => {
    const current = (): Record<string, CommandHandler> => latest.current;
    const forwarders: Partial<Record<CommandId, CommandHandler>> = {};
    for (const [id, h] of Object.entries(current())) {
      forwarders[id as CommandId] =
        typeof h === 'function'
          ? () => {
              const now = current()[id];
              if (typeof now === 'function') now();
            }
          : h;
    }
    return register(forwarders);
  }, [register, shape]);
}
