// The formula bar: the selected line's formula (templates shown with their arguments bound), with each line it
// reads shown by its label as well as its key; lines that the user defined by a formula can be edited here, with
// completion of line names and the checker's error as you type, and a formula that does not parse or makes a
// cycle is refused with why.
import { useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import type { LineName } from '../formula/complete';
import { FormulaEditor } from '../formula/FormulaEditor';
import type { TagName } from '../formula/lineNames';
import type { TagCall } from '../formula/tags';

/** Mount with `key` = line and formula, so a new selection starts from the line's own formula. */
export interface FormulaBarProps {
  lineLabel: string | null;
  lineKey: string | null;
  formula: string | null;
  editable: boolean;
  /** Returns an error text, or null when the formula was applied. */
  onApply(formula: string): string | null;
  /** The lines a formula can read, and their labels. */
  names: readonly LineName[];
  labelOf(key: string): string | undefined;
  tagOf(call: TagCall): TagName;
  /** The checker's error for a formula of this line, in the user's language, or null. */
  check(formula: string): string | null;
}

export function FormulaBar({ lineLabel, lineKey, formula, editable, onApply, names, labelOf, tagOf, check }: FormulaBarProps) {
  const { t } = useI18n();
  const [text, setText] = useState(formula ?? '');
  const [error, setError] = useState<string | null>(null);
  const apply = () => {
    if (editable) setError(onApply(text));
  };

  return (
    <form
      className="formula-bar"
      data-testid="formula-bar"
      onSubmit={(e) => {
        e.preventDefault();
        apply();
      }}
    >
      <span className="formula-name" title={lineKey ?? ''}>
        {lineLabel ?? '—'}
      </span>
      <span className="formula-fx">fx</span>
      {lineKey && formula === null ? (
        <span className="formula-input-note">{t('ws.formulaInput')}</span>
      ) : (
        <FormulaEditor
          testId="formula"
          ariaLabel={t('ws.formula')}
          value={text}
          readOnly={!editable}
          onChange={(v) => {
            setText(v);
            setError(null);
          }}
          onSubmit={apply}
          names={names}
          labelOf={labelOf}
          tagOf={tagOf}
          check={check}
        />
      )}
      {editable && (
        <button type="submit" data-testid="formula-apply">
          {t('ws.formulaApply')}
        </button>
      )}
      {error && (
        <span className="formula-error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
