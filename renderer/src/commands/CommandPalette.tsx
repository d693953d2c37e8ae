// The command palette (Ctrl+K): every command by its name, with its shortcut, or — to open a scenario — every
// scenario by its name. Type to narrow, arrows to move, Enter to run, Escape to close.
import { useEffect, useMemo, useRef, useState } from 'react';
import { COMMANDS, keysLabel, type CommandId, type CommandSpec } from '../../../shared/commands';
import { useI18n } from '../i18n/useI18n';
import { isMac, useCommandBus } from './CommandBus';
import './palette.css';

export interface PaletteItem {
  id: string;
  label: string;
  hint?: string;
  disabled?: boolean;
  run(): void;
}

export interface CommandPaletteProps {
  mode: 'commands' | 'open';
  /** The scenarios to open (mode 'open'). */
  scenarios: { id: string; name: string; detail: string }[];
  onOpenScenario(id: string): void;
  onClose(): void;
}

/** Items whose label holds every typed word, in their order. */
export function filterItems<T extends { label: string }>(items: T[], query: string, locale: string): T[] {
  const words = query.toLocaleLowerCase(locale).split(/\s+/).filter(Boolean);
  return items.filter((i) => {
    const label = i.label.toLocaleLowerCase(locale);
    return words.every((w) => label.includes(w));
  });
}

export function CommandPalette({ mode, scenarios, onOpenScenario, onClose }: CommandPaletteProps) {
  const { t, tCode, lang } = useI18n();
  const bus = useCommandBus();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<Element | null>(document.activeElement);

  const items = useMemo<PaletteItem[]>(() => {
    void bus.version;
    if (mode === 'open') return scenarios.map((s) => ({ id: s.id, label: s.name, hint: s.detail, run: () => onOpenScenario(s.id) }));
    return (COMMANDS as readonly CommandSpec[])
      .filter((c) => c.id !== 'app.palette')
      .map((c) => {
        const h = bus.handler(c.id as CommandId);
        return {
          id: c.id,
          label: tCode(c.label),
          hint: c.keys ? keysLabel(c.keys[0], isMac) : undefined,
          disabled: typeof h !== 'function',
          run: () => bus.run(c.id as CommandId),
        };
      });
  }, [bus, mode, scenarios, onOpenScenario, tCode]);
  const shown = filterItems(items, query, lang === 'nb' ? 'nb-NO' : 'en-GB');
  const current = Math.min(active, Math.max(0, shown.length - 1));

  useEffect(() => {
    input.current?.focus();
    const back = opener.current;
    return () => {
      if (back instanceof HTMLElement && back.isConnected) back.focus();
    };
  }, []);

  const choose = (item: PaletteItem | undefined) => {
    if (!item) return;
    onClose();
    // After the palette has closed, so the command's own dialog or focus is not taken back.
    setTimeout(item.run, 0);
  };

  return (
    <div className="palette-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="palette" role="dialog" aria-modal="true" aria-label={t('palette.title')} data-testid="command-palette">
        <input
          ref={input}
          className="palette-input"
          data-testid="palette-input"
          role="combobox"
          aria-expanded="true"
          aria-controls="palette-list"
          aria-activedescendant={shown[current] ? `palette-${current}` : undefined}
          placeholder={t(mode === 'open' ? 'palette.openSearch' : 'palette.search')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onClose();
            else if (e.key === 'ArrowDown') setActive((current + 1) % Math.max(1, shown.length));
            else if (e.key === 'ArrowUp') setActive((current - 1 + shown.length) % Math.max(1, shown.length));
            else if (e.key === 'Enter') choose(shown[current]);
            else return;
            e.preventDefault();
            e.stopPropagation();
          }}
        />
        <ul className="palette-list" id="palette-list" role="listbox">
          {shown.length === 0 && <li className="palette-empty">{t('palette.none')}</li>}
          {shown.map((item, i) => (
            <li
              key={item.id}
              id={`palette-${i}`}
              role="option"
              aria-selected={i === current}
              aria-disabled={item.disabled || undefined}
              className={`palette-item${i === current ? ' active' : ''}${item.disabled ? ' disabled' : ''}`}
              data-testid="palette-item"
              data-command={item.id}
              onMouseEnter={() => setActive(i)}
              onClick={() => choose(item)}
            >
              <span className="palette-label">{item.label}</span>
              {item.hint && <span className="palette-hint">{item.hint}</span>}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
