// A text input that commits on Enter or when it loses focus, not on every key; Escape or a refused
// value brings back what the document has.
import { useState } from 'react';

export interface TextFieldProps {
  value: string;
  testId: string;
  /** Returns false when the value was refused (the field then shows the document's value again). */
  onCommit(value: string): boolean;
  ariaLabel?: string;
  className?: string;
}

/** For text only: a number is typed into a NumberField (widgets/NumberInput), which reads it in its unit. */
export function TextField({ value, testId, onCommit, ariaLabel, className }: TextFieldProps) {
  const [draft, setDraft] = useState(value);
  const commit = () => {
    if (draft.trim() === value) return;
    if (!onCommit(draft)) setDraft(value);
  };
  return (
    <input
      type="text"
      className={className}
      value={draft}
      aria-label={ariaLabel}
      data-testid={testId}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setDraft(value);
      }}
    />
  );
}
