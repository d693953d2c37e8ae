// A formula field with completion of line names (by key and by label; arrows, Enter or Tab, Escape), the checker's
// error as you type (the engine's own message, with its suggestion for an unknown name), and the formula shown
// again with each line's label beside its key and each sumtag/counttag in words (what it adds up, and how many
// lines). A formula the user cannot edit here (a generated line's) shows those words first, its text below them.
import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { accept, suggest, wordAt, type LineName } from './complete';
import type { TagName } from './lineNames';
import { readablePieces, type TagCall } from './tags';
import './formula.css';

export interface FormulaEditorProps {
  value: string;
  onChange(text: string): void;
  /** Enter while no suggestion list is open. */
  onSubmit?(): void;
  /** The lines a formula can read, for completion. */
  names: readonly LineName[];
  labelOf(key: string): string | undefined;
  /** What a sumtag/counttag call adds up, in words. */
  tagOf?(call: TagCall): TagName;
  /** The checker's verdict in the user's language: null when the formula is fine. */
  check(text: string): string | null;
  readOnly?: boolean;
  /** Prefix of the test ids: `<testId>-input`, `-suggestions`, `-error`, `-readable`. */
  testId: string;
  ariaLabel: string;
  autoFocus?: boolean;
}

export function FormulaEditor({ value, onChange, onSubmit, names, labelOf, tagOf, check, readOnly, testId, ariaLabel, autoFocus }: FormulaEditorProps) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [caret, setCaret] = useState<number | null>(null);
  const [active, setActive] = useState(0);
  const [closed, setClosed] = useState(true);
  const word = caret === null || readOnly ? null : wordAt(value, caret);
  const items = useMemo(() => (word && !closed ? suggest(word.text, names) : []), [word?.text, closed, names]); // eslint-disable-line react-hooks/exhaustive-deps
  // A single suggestion that is exactly what was typed needs no list.
  const open = items.length > 0 && !(items.length === 1 && items[0].key === word?.text);
  const error = useMemo(() => (readOnly || value.trim() === '' ? null : check(value)), [check, readOnly, value]);
  const pieces = useMemo(() => readablePieces(value), [value]);
  const pending = useRef<number | null>(null);

  useEffect(() => {
    if (pending.current !== null && input.current) {
      input.current.setSelectionRange(pending.current, pending.current);
      pending.current = null;
    }
  });

  const pick = (key: string) => {
    if (!word) return;
    const next = accept(value, word, key);
    pending.current = next.caret;
    setCaret(next.caret);
    setClosed(true);
    onChange(next.text);
  };
  const listId = `${testId}-suggestions`;

  return (
    <div className={readOnly ? 'formula-editor read-only' : 'formula-editor'}>
      <input
        ref={input}
        role="combobox"
        aria-label={ariaLabel}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        aria-invalid={error !== null}
        data-testid={`${testId}-input`}
        value={value}
        readOnly={readOnly}
        autoFocus={autoFocus}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => {
          setCaret(e.target.selectionStart);
          setActive(0);
          setClosed(false);
          onChange(e.target.value);
        }}
        onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
        onBlur={() => setClosed(true)}
        onKeyDown={(e) => {
          if (open) {
            if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
              e.preventDefault();
              const step = e.key === 'ArrowDown' ? 1 : -1;
              setActive((a) => (a + step + items.length) % items.length);
              return;
            }
            if (e.key === 'Enter' || e.key === 'Tab') {
              e.preventDefault();
              pick(items[Math.min(active, items.length - 1)].key);
              return;
            }
            if (e.key === 'Escape') {
              e.preventDefault();
              e.stopPropagation();
              setClosed(true);
              return;
            }
          }
          if (e.key === 'Enter' && onSubmit) {
            e.preventDefault();
            onSubmit();
          }
        }}
      />
      {open && (
        <ul className="formula-suggestions" role="listbox" id={listId} data-testid={listId} aria-label={t('formula.complete')}>
          {items.map((n, i) => (
            <li
              key={n.key}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              data-key={n.key}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(n.key);
              }}
            >
              <span className="formula-suggestion-label">{n.label}</span>
              <code>{n.key}</code>
            </li>
          ))}
        </ul>
      )}
      {error !== null && (
        <span className="formula-error" role="alert" data-testid={`${testId}-error`}>
          {error}
        </span>
      )}
      {pieces.some((p) => p.ref !== undefined || (p.call && tagOf)) && (
        <div className="formula-readable" data-testid={`${testId}-readable`} aria-label={t('formula.readable')}>
          {pieces.map((p) => {
            const label = p.ref !== undefined ? labelOf(p.ref) : undefined;
            const tag = p.call && tagOf?.(p.call);
            return (
              <Fragment key={p.start}>
                {tag ? (
                  <span className="formula-ref formula-tag" title={tag.members.join('\n')} data-testid="formula-tag">
                    <span className="formula-ref-label">{tag.text}</span>
                    <code>{p.text}</code>
                  </span>
                ) : p.ref === undefined ? (
                  <span>{p.text}</span>
                ) : (
                  <span className={label ? 'formula-ref' : 'formula-ref unknown'}>
                    {label && <span className="formula-ref-label">{label}</span>}
                    <code>{p.text}</code>
                  </span>
                )}
              </Fragment>
            );
          })}
        </div>
      )}
    </div>
  );
}
