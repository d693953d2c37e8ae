// The formula bar: the selected line's formula (templates shown with their arguments bound); lines that the user
// defined by a formula can be edited here, and a formula that does not parse or makes a cycle is refused with why.
import { useState } from 'react';
import { useI18n } from '../i18n/useI18n';

/** Mount with `key` = line and formula, so a new selection starts from the line's own formula. */
export interface FormulaBarProps {
  lineLabel: string | null;
  lineKey: string | null;
  formula: string | null;
  editable: boolean;
  /** Returns an error text, or null when the formula was applied. */
  onApply(formula: string): string | null;
}

export function FormulaBar({ lineLabel, lineKey, formula, editable, onApply }: FormulaBarProps) {
  const { t } = useI18n();
  const [text, setText] = useState(formula ?? '');
  const [error, setError] = useState<string | null>(null);

  return (
    <form
      className="formula-bar"
      data-testid="formula-bar"
      onSubmit={(e) => {
        e.preventDefault();
        if (editable) setError(onApply(text));
      }}
    >
      <span className="formula-name" title={lineKey ?? ''}>
        {lineLabel ?? '—'}
      </span>
      <span className="formula-fx">fx</span>
      {lineKey && formula === null ? (
        <span className="formula-input-note">{t('ws.formulaInput')}</span>
      ) : (
        <input
          aria-label={t('ws.formula')}
          data-testid="formula-input"
          value={text}
          readOnly={!editable}
          onChange={(e) => setText(e.target.value)}
          spellCheck={false}
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
