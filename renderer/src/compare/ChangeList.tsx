// What changed from the base scenario to each other one; an entry leads to its line in the grid.
import { describeChange } from '../../../shared/compare/text';
import { useI18n } from '../i18n/useI18n';
import { editTime } from '../workspace/editTime';
import type { ChangeAuthor } from './useChangeAuthors';
import type { ScenarioChanges } from './useComparison';

export interface ChangeListProps {
  baseName: string;
  changes: ScenarioChanges[];
  onGoTo(key: string): void;
  /** Who made a change and when (the user asked to see it), or undefined. */
  authorOf?: ChangeAuthor;
}

export function ChangeList({ baseName, changes, onGoTo, authorOf }: ChangeListProps) {
  const { t, lang } = useI18n();
  const who = (id: string, c: ScenarioChanges['changes'][number]) => {
    if (!authorOf) return null;
    const step = authorOf(id, c);
    // A change no step of this scenario's history made (it came with the copy, or from the base): no one to name.
    const text = step ? [step.authorName, editTime(step.at, lang)].filter(Boolean).join(', ') : t('compare.authorUnknown');
    return (
      <span className="change-author" data-testid="change-author">
        {' '}
        – {text}
      </span>
    );
  };
  return (
    <div className="change-lists" data-testid="change-lists">
      {changes.map((sc) => (
        <section key={sc.id} className="change-list" data-testid="change-list">
          <h4>{t('compare.changesTitle', { base: baseName, name: sc.name })}</h4>
          {sc.changes.length === 0 ? (
            <p className="muted">{t('compare.noChanges')}</p>
          ) : (
            // On screen a long list scrolls in its own box (focusable, so the arrow keys scroll it), so the charts and
            // the table below stay within reach; printed, it is whole.
            <ol tabIndex={0} aria-label={t('compare.changesTitle', { base: baseName, name: sc.name })}>
              {sc.changes.map((c, i) => (
                <li key={`${c.kind}:${c.key ?? ''}:${i}`} className={`change change-${c.kind.replace('.', '-')}`}>
                  {c.key ? (
                    <button type="button" className="link" data-testid="change-item" data-key={c.key} data-kind={c.kind} onClick={() => onGoTo(c.key!)}>
                      {describeChange(c, lang)}
                    </button>
                  ) : (
                    <span data-testid="change-item" data-kind={c.kind}>
                      {describeChange(c, lang)}
                    </span>
                  )}
                  {who(sc.id, c)}
                </li>
              ))}
            </ol>
          )}
        </section>
      ))}
    </div>
  );
}
