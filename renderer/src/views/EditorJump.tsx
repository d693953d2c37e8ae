// The line above a view's grid that says what the view's editor (areas, projects, imports) holds and takes the
// keyboard and the scroll there: the editor sits below the grid, so the table, the main job, gets the screen.
import { useI18n } from '../i18n/useI18n';

export const EDITOR_ID = 'view-editor';

/** Views whose panel is an editor (areas, projects, imports). */
export const EDITOR_VIEWS = ['rammer', 'forutsetninger', 'investeringer', 'demografi', 'regnskap'] as const;
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
