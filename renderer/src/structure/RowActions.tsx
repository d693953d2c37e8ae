// The end of a row in a structure table: move up, move down (keyboard reachable buttons) and remove.
import type { FormEvent } from 'react';
import { useI18n } from '../i18n/useI18n';

export interface RowActionsProps {
  /** Prefix of the test ids: `${prefix}-up`, `-down`, `-remove`. */
  prefix: string;
  index: number;
  count: number;
  onMove(delta: -1 | 1): void;
  onRemove(): void;
}

export function RowActions({ prefix, index, count, onMove, onRemove }: RowActionsProps) {
  const { t } = useI18n();
  return (
    <td className="actions">
      <button type="button" className="icon" aria-label={t('structure.moveUp')} title={t('structure.moveUp')} disabled={index === 0} data-testid={`${prefix}-up`} onClick={() => onMove(-1)}>↑</button>
      <button type="button" className="icon" aria-label={t('structure.moveDown')} title={t('structure.moveDown')} disabled={index === count - 1} data-testid={`${prefix}-down`} onClick={() => onMove(1)}>↓</button>
      <button type="button" data-testid={`${prefix}-remove`} onClick={onRemove}>{t('structure.remove')}</button>
    </td>
  );
}

/** An add form's submit: its fields to `add`, which says whether the edit was made; the form is cleared if so and
 *  the focus goes back to its first field, so the next one can be typed straight away. */
export function submitAdd(e: FormEvent<HTMLFormElement>, add: (field: (name: string) => string) => boolean): void {
  e.preventDefault();
  const form = e.currentTarget;
  const data = new FormData(form);
  if (!add((name) => String(data.get(name) ?? ''))) return;
  form.reset();
  form.querySelector<HTMLElement>('input, select')?.focus();
}
