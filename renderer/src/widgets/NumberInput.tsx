// The number fields of forms and tables. Each says what it reads into (InputTarget: the unit, whether it is shown in
// per cent) so its text is read by readInput like a grid cell of that unit: "1,5 mill." in a 1000 kr field is 1 500,
// "0,6 %" there is refused with what it is and what the field takes. A test scans the renderer so that no number is
// read any other way (renderer/src/widgets/numberInputs.test.ts); the end-to-end tests check every numeric field
// on screen carries its unit (data-unit).
import { useState } from 'react';
import { readInput, type InputTarget, type ReadResult } from '../../../shared/format';
import type { Lang } from '../../../shared/i18n';
import { useI18n } from '../i18n/useI18n';

export interface NumberInputProps {
  target: InputTarget;
  value: string;
  onChange(text: string): void;
  testId: string;
  ariaLabel?: string;
  className?: string;
  size?: number;
  onBlur?(text: string): void;
  onKeyDown?(e: React.KeyboardEvent<HTMLInputElement>): void;
}

/** A controlled text input for a number in `target`'s unit; read it with readNumberField. */
export function NumberInput({ target, value, onChange, testId, ariaLabel, className, size, onBlur, onKeyDown }: NumberInputProps) {
  return (
    <input
      inputMode="decimal"
      autoComplete="off"
      className={className}
      value={value}
      size={size}
      aria-label={ariaLabel}
      data-testid={testId}
      data-unit={target.percent ? '%' : (target.unit ?? '')}
      onChange={(e) => onChange(e.target.value)}
      onBlur={onBlur ? (e) => onBlur(e.target.value) : undefined}
      onKeyDown={onKeyDown}
    />
  );
}

/** Reads a number field's text into its target (a field, so messages say "feltet"). */
export function readNumberField(text: string, target: InputTarget, lang: Lang): ReadResult {
  return readInput(text, { ...target, field: true }, lang);
}

export interface NumberFieldProps {
  target: InputTarget;
  /** The document's value as the field shows it. */
  value: string;
  testId: string;
  /** Gets what was read (or why not, with the text); returns false when it refused (the field then shows the
   *  document's value again). */
  onCommit(read: ReadResult, text: string): boolean;
  ariaLabel?: string;
  className?: string;
  size?: number;
}

/** A number field that commits on Enter or when it loses focus; Escape or a refusal brings back the document's
 *  value. A text that cannot be read is refused here with its message, through onCommit. */
export function NumberField({ target, value, testId, onCommit, ariaLabel, className, size }: NumberFieldProps) {
  const { lang } = useI18n();
  const [draft, setDraft] = useState(value);
  const commit = (text: string) => {
    if (text.trim() === value) return;
    if (!onCommit(readNumberField(text, target, lang), text)) setDraft(value);
  };
  return (
    <NumberInput
      target={target}
      value={draft}
      onChange={setDraft}
      testId={testId}
      ariaLabel={ariaLabel}
      className={className}
      size={size}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit(e.currentTarget.value);
        if (e.key === 'Escape') setDraft(value);
      }}
    />
  );
}
