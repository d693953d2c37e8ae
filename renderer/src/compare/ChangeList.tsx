// What changed from the base scenario to each other one; an entry leads to its line in the grid.
import { describeChange } from '../../../shared/compare/text';
import { useI18n } from '../i18n/useI18n';
import type { ScenarioChanges } from './useComparison';

export interface ChangeListProps {
  baseName: string;
  changes: ScenarioChanges[];
  onGoTo(key: string): void;
}

export function ChangeList({ baseName, changes, onGoTo }: ChangeListProps) {
  const { t, lang } = useI18n();
  return (
    <div className="change-lists" data-testid="change-lists">
      {changes.map((sc) => (
        <section key={sc.id} className="change-list" data-testid="change-list">
          <h4>{t('compare.changesTitle', { base: baseName, name: sc.name })}</h4>
          {sc.changes.length === 0 ? (
            <p className="muted">{t('compare.noChanges')}</p>
          ) : (
            <ol>
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
                </li>
              ))}
            </ol>
          )}
        </section>
      ))}
    </div>
  );
}
