// The line above a view's grid that says what the view's editor (areas, projects, imports) holds and takes the
// keyboard and the scroll there: the editor sits below the grid, so the table, the main job, gets the screen.
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';

export const EDITOR_ID = 'view-editor';

/** Views whose panel is an editor (areas, projects, imports), and Oversikt's charts: below the grid. */
export const EDITOR_VIEWS = ['oversikt', 'rammer', 'forutsetninger', 'investeringer', 'demografi', 'regnskap'] as const;
export type EditorView = (typeof EDITOR_VIEWS)[number];
export const isEditorView = (view: string): view is EditorView => (EDITOR_VIEWS as readonly string[]).includes(view);

export function EditorJump({ view }: { view: EditorView }) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className="editor-jump"
      data-testid="editor-jump"
      aria-controls={EDITOR_ID}
      onClick={() => {
        const editor = document.getElementById(EDITOR_ID);
        editor?.scrollIntoView({ block: 'start' });
        editor?.focus({ preventScroll: true });
      }}
    >
      {t('ws.editorJump', { what: t(`ws.editor.${view}`) })} ↓
    </button>
  );
}

/** The editor below the grid, a named region the line above the grid focuses. When the grid appears above it (the
 *  first area added), the field being typed in is scrolled back into view. */
export function EditorRegion({ view, below, children }: { view: EditorView; below: boolean; children: ReactNode }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const active = document.activeElement;
    if (below && active instanceof HTMLElement && ref.current?.contains(active)) active.scrollIntoView({ block: 'nearest' });
  }, [below]);
  return (
    <div ref={ref} id={EDITOR_ID} className="view-editor" tabIndex={-1} role="region" aria-label={t(`ws.editor.${view}`)}>
      {children}
    </div>
  );
}
