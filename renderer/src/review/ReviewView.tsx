// "Gå gjennom mot min versjon": what they changed, what I changed since, and the conflicts side by side, each
// accepted or rejected; the result applied to my scenario as one labelled, undoable edit. Nothing is written
// before "Bruk valgene", and a scenario changed meanwhile is refused by its revision (store.stale).
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../shared/api/errors';
import { useApi } from '../api/ApiContext';
import { errorText } from '../i18n/errorText';
import { useI18n } from '../i18n/useI18n';
import type { PendingFile } from './useFileImport';
import { ChangeTexts, ConflictChoice } from './ConflictChoice';
import { useReview, type Choice } from './useReview';
import { exportedWhen } from './when';
import './review.css';

export interface ReviewViewProps {
  pending: PendingFile;
  /** The edit is saved (or nothing needed saving): show the scenario with this message. */
  onDone(id: string, message: string): void;
  onCancel(): void;
}

const FILE_SUFFIX = /\.handlingsrom$/i;

export function ReviewView({ pending, onDone, onCancel }: ReviewViewProps) {
  const api = useApi();
  const { t, tCode, lang } = useI18n();
  const { review } = pending;
  const target = review.target!;
  const state = useReview(review);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const file = pending.fileName.replace(FILE_SUFFIX, '');
  const when = exportedWhen(review.origin?.at, t, lang);

  // Keyboard first: the first choice (or the buttons) has the focus when the review opens.
  useEffect(() => {
    root.current?.querySelector<HTMLElement>('input, button.import-apply')?.focus();
  }, []);

  const groups = (['conflict', 'theirs', 'mine'] as const).map((side) => ({
    side,
    items: state.described.map((d, index) => ({ d, index })).filter(({ d }) => d.change.side === side),
  }));

  async function apply() {
    const patches = state.patches();
    if (patches.length === 0) {
      onDone(target.id, t('review.unchanged'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const label = t('review.label', { file, count: patches.length });
      await api.call('scenario.edit', { id: target.id, baseRevision: target.revision, label, patches, lang });
      onDone(target.id, t('review.applied', { file, target: target.name, count: patches.length }));
    } catch (err) {
      setError(err instanceof ApiError && err.code === 'store.stale' ? t('review.stale', { target: target.name }) : errorText(err, tCode));
      setBusy(false);
    }
  }

  const conflictLabels = { mine: t('review.side.mine'), theirs: t('review.side.theirs'), keepMine: t('review.keepMine'), takeTheirs: t('review.takeTheirs') };

  const choiceInput = (index: number, value: Choice, label: string, type: 'radio' | 'checkbox') => {
    const checked = state.choices[index] === value;
    return (
      <label className="review-choice">
        <input
          type={type}
          name={`review-${index}`}
          checked={checked}
          data-testid={`review-choice-${index}-${value}`}
          onChange={(e) => state.choose(index, type === 'radio' || e.target.checked ? value : value === 'theirs' ? 'mine' : 'theirs')}
        />
        {label}
      </label>
    );
  };

  return (
    <div
      className="review"
      data-testid="review"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <header className="review-head">
        <h2>{t('review.title', { file, target: target.name })}</h2>
        <p className={review.base ? 'muted' : 'review-twoway'} data-testid="review-mode" data-mode={review.base ? 'threeWay' : 'twoWay'}>
          {review.base
            ? t('review.threeWay', { target: review.origin?.name ?? target.name, when })
            : t('review.twoWay', { reason: tCode(review.fallback ?? 'review.fallback.noRevision', { when }) })}
        </p>
      </header>
      {state.described.length === 0 && <p data-testid="review-nothing">{t('review.nothing')}</p>}
      {groups.map(({ side, items }) =>
        side === 'mine' && !review.base ? null : (
          <section key={side} className={`review-group review-${side}`} data-testid={`review-${side}`}>
            <h3>{t(side === 'conflict' ? 'review.conflicts' : side === 'theirs' ? 'review.theirs' : 'review.mine', { count: items.length })}</h3>
            {items.length === 0 ? (
              <p className="muted">{t('review.none')}</p>
            ) : side === 'conflict' ? (
              <>
                <p className="hint">{t('review.conflictsHint')}</p>
                <ol className="review-list">
                  {items.map(({ d, index }) => (
                    <li key={index} className="review-conflict" data-testid="review-item" data-key={d.key ?? ''}>
                      <ConflictChoice
                        name={`review-choice-${index}`}
                        d={d}
                        choice={state.choices[index]}
                        onChoose={(side) => state.choose(index, side)}
                        lang={lang}
                        labels={conflictLabels}
                      />
                    </li>
                  ))}
                </ol>
              </>
            ) : (
              <>
                {side === 'mine' && <p className="hint">{t('review.mineHint')}</p>}
                <ol className="review-list">
                  {items.map(({ d, index }) => (
                    <li key={index} className="review-change" data-testid="review-item" data-key={d.key ?? ''}>
                      {choiceInput(index, side, t(side === 'theirs' ? 'review.accept' : 'review.keep'), 'checkbox')}
                      <ChangeTexts changes={side === 'theirs' ? d.theirs : d.mine} lang={lang} />
                    </li>
                  ))}
                </ol>
              </>
            )}
          </section>
        ),
      )}
      <footer className="review-foot">
        <span className="import-note">{state.undecided > 0 ? t('review.undecided', { count: state.undecided }) : t('review.oneStep')}</span>
        {error && (
          <p className="error" role="alert" data-testid="review-error">
            {error}
          </p>
        )}
        <button type="button" data-testid="review-cancel" onClick={onCancel}>
          {t('review.cancel')}
        </button>
        <button type="button" className="import-apply" data-testid="review-apply" disabled={busy || state.undecided > 0} onClick={() => void apply()}>
          {t('review.apply')}
        </button>
      </footer>
    </div>
  );
}
