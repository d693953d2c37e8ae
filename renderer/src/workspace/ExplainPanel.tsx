// "Forklar": how the selected number is computed — its formula and every value it reads, recursively. Each value
// is formatted by its own line's display format, rounded as the grid rounds it (a rate as per cent with two
// decimals, an amount in whole 1000 kr, a start year without grouping). Lines read by their labels (what a sumtag
// adds up in words); each line's key and formula as written show on demand (**Formler**), so the tree a finance
// officer reads is names and numbers. The panel's width is the user's: drag its left edge or use the arrow keys on
// it (both remembered in this browser).
import { useCallback, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { ExplainNode } from '../../../shared/engine/types';
import { formatValue, type DisplayFormat } from '../../../shared/format';
import { useI18n } from '../i18n/useI18n';

type DisplayOf = (key: string) => DisplayFormat;
type LabelOf = (key: string) => string | undefined;
/** Why a line has no value in a year (a share in a year without revenue), in the user's language. */
type NoteOf = (key: string, year: number) => string | undefined;

const WIDTH_KEY = 'handlingsrom.explainWidth';
const CODE_KEY = 'handlingsrom.explainCode';
export const EXPLAIN_WIDTH = { min: 220, max: 640, initial: 280, step: 20 } as const;

function clampWidth(w: number): number {
  return Math.round(Math.min(EXPLAIN_WIDTH.max, Math.max(EXPLAIN_WIDTH.min, w)));
}

function storedWidth(): number {
  const v = Number(localStorage.getItem(WIDTH_KEY));
  return Number.isFinite(v) && v > 0 ? clampWidth(v) : EXPLAIN_WIDTH.initial;
}

interface Lookups {
  displayOf: DisplayOf;
  labelOf: LabelOf;
  noteOf?: NoteOf;
}
type Look = Lookups & { showCode: boolean };

function Node({ node, depth, look }: { node: ExplainNode; depth: number; look: Look }) {
  const { tCode, lang } = useI18n();
  const { displayOf, labelOf } = look;
  const label = labelOf(node.key) ?? node.label ?? node.key;
  const note = node.error ? undefined : look.noteOf?.(node.key, node.year);
  return (
    <li>
      <div className="explain-line">
        <span className="explain-label" title={label}>
          {label}
        </span>
        <span className="explain-year">{node.year}</span>
        <span className="explain-value" data-testid="explain-value">
          {node.error ? tCode(node.error.code, node.error.params) : note ? '–' : formatValue(node.value, displayOf(node.key), lang)}
        </span>
      </div>
      {note && <p className="explain-note" data-testid="explain-note">{note}</p>}
      {look.showCode && <code className="explain-key">{node.key}</code>}
      {look.showCode && node.formula && <code className="explain-formula">= {node.formula}</code>}
      {node.inputs.length > 0 && depth < 6 && (
        <ul>
          {node.inputs.map((child, i) => (
            <Node key={`${child.key}@${child.year}#${i}`} node={child} depth={depth + 1} look={look} />
          ))}
        </ul>
      )}
    </li>
  );
}

export function ExplainPanel({ node, ...look }: { node: ExplainNode | null } & Lookups) {
  const { t } = useI18n();
  const [width, setWidthState] = useState(storedWidth);
  const [showCode, setShowCode] = useState(() => localStorage.getItem(CODE_KEY) === '1');
  const toggleCode = () => {
    localStorage.setItem(CODE_KEY, showCode ? '0' : '1');
    setShowCode(!showCode);
  };
  const drag = useRef<{ startX: number; startWidth: number } | null>(null);
  const setWidth = useCallback((w: number) => {
    const next = clampWidth(w);
    localStorage.setItem(WIDTH_KEY, String(next));
    setWidthState(next);
  }, []);

  // The panel sits on the right: dragging its left edge leftwards widens it.
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { startX: e.clientX, startWidth: width };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (drag.current) setWidth(drag.current.startWidth + drag.current.startX - e.clientX);
  };
  const onPointerUp = () => (drag.current = null);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const delta = { ArrowLeft: EXPLAIN_WIDTH.step, ArrowRight: -EXPLAIN_WIDTH.step }[e.key];
    if (delta === undefined) return;
    e.preventDefault();
    setWidth(width + delta);
  };

  return (
    <aside className="explain" data-testid="explain-panel" aria-label={t('ws.explain')} style={{ width }}>
      <div
        className="explain-resizer"
        role="separator"
        aria-orientation="vertical"
        aria-label={t('explain.resize')}
        aria-valuemin={EXPLAIN_WIDTH.min}
        aria-valuemax={EXPLAIN_WIDTH.max}
        aria-valuenow={width}
        tabIndex={0}
        data-testid="explain-resizer"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onKeyDown={onKeyDown}
      />
      <div className="explain-head">
        <h3>{t('ws.explain')}</h3>
        <button type="button" className="explain-code-toggle" data-testid="explain-show-code" aria-pressed={showCode} title={t('explain.showCodeHelp')} onClick={toggleCode}>
          {t('explain.showCode')}
        </button>
      </div>
      {node ? (
        <ul className="explain-tree">
          <Node node={node} depth={0} look={{ ...look, showCode }} />
        </ul>
      ) : (
        <p className="muted">{t('ws.explainHint')}</p>
      )}
    </aside>
  );
}
