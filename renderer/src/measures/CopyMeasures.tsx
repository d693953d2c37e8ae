// "Kopier til scenario …": the chosen measures into another saved scenario, as one undoable edit there. The dialog
// reads the target first and says what will be copied and what cannot be (an area code the target lacks), before
// anything is written.
import { useEffect, useMemo, useState } from 'react';
import type { OpenedScenario, ScenarioSummary } from '../../../shared/api/contract';
import { copyMeasures } from '../../../shared/measures/copy';
import type { Scenario } from '../../../shared/model/scenario';
import { useApi } from '../api/ApiContext';
import { useI18n } from '../i18n/useI18n';
import { errorText } from '../i18n/errorText';
import { Dialog } from '../widgets/Dialog';
import { msgText } from './pastePlan';

export interface CopyMeasuresProps {
  doc: Scenario;
  /** The open scenario's id (not offered as a target). */
  scenarioId: string;
  ids: string[];
  onMessage(text: string | null, kind?: 'info' | 'error'): void;
  onClose(): void;
}

export function CopyMeasures({ doc, scenarioId, ids, onMessage, onClose }: CopyMeasuresProps) {
  const api = useApi();
  const { t, tCode, lang } = useI18n();
  const [targets, setTargets] = useState<ScenarioSummary[] | null>(null);
  const [targetId, setTargetId] = useState<string>('');
  // The target as read from the store; stale while another one is being read.
  const [read, setRead] = useState<{ id: string; opened: OpenedScenario } | null>(null);
  const target = read && read.id === targetId ? read.opened : null;
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.call('scenario.list', {}).then(
      (list) => {
        const others = list.filter((s) => s.id !== scenarioId);
        setTargets(others);
        if (others.length > 0) setTargetId(others[0].id);
      },
      (err: unknown) => onMessage(errorText(err, tCode), 'error'),
    );
  }, [api, onMessage, scenarioId, t, tCode]);

  useEffect(() => {
    if (!targetId) return;
    let live = true;
    api.call('scenario.open', { id: targetId }).then(
      (res) => live && setRead({ id: targetId, opened: res }),
      (err: unknown) => onMessage(errorText(err, tCode), 'error'),
    );
    return () => {
      live = false;
    };
  }, [api, onMessage, t, tCode, targetId]);

  const plan = useMemo(() => (target ? copyMeasures(doc, ids, target.scenario) : null), [doc, ids, target]);
  const targetName = target?.scenario.name ?? '';

  const copy = async () => {
    if (!target || !plan || plan.patches.length === 0) return;
    setBusy(true);
    try {
      const label = t('measuresUi.edit.copyIn', { count: plan.copied.length, from: doc.name });
      await api.call('scenario.edit', { id: target.scenario.id, baseRevision: target.revision, label, patches: plan.patches, lang });
      onMessage(t('measuresUi.copy.done', { count: plan.copied.length, target: targetName }), 'info');
      onClose();
    } catch (err) {
      onMessage(errorText(err, tCode), 'error');
      setBusy(false);
    }
  };

  return (
    <Dialog testId="copy-measures" title={t('measuresUi.copy.title')} className="copy-dialog" onClose={onClose}>
      <p>{t('measuresUi.copy.intro', { count: ids.length })}</p>
      {targets !== null && targets.length === 0 ? (
        <p>{t('measuresUi.copy.noTargets')}</p>
      ) : (
        <div className="import-options">
          <label>
            {t('measuresUi.copy.target')}
            <select data-testid="copy-target" value={targetId} onChange={(e) => setTargetId(e.target.value)} autoFocus>
              {(targets ?? []).map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      {plan && (
        <ul className={plan.copied.length > 0 ? 'import-lines' : 'import-lines failed'} data-testid="copy-lines">
          <li>
            {plan.copied.length > 0
              ? t('measuresUi.copy.preview', { count: plan.copied.length, total: ids.length, target: targetName })
              : t('measuresUi.copy.nothing', { target: targetName })}
          </li>
          {plan.refused.map((r, i) => (
            <li key={`r${i}`}>{t('measuresUi.copy.refused', { name: r.name, reason: msgText(tCode, r.reason) })}</li>
          ))}
          {plan.notes.map((n, i) => (
            <li key={`n${i}`}>{t('measuresUi.copy.note', { name: n.name, note: msgText(tCode, n.note) })}</li>
          ))}
        </ul>
      )}
      <footer>
        <button type="button" data-testid="copy-cancel" onClick={onClose}>
          {t('importUi.cancel')}
        </button>
        <button type="button" className="import-apply" data-testid="copy-apply" disabled={busy || !plan || plan.patches.length === 0} onClick={() => void copy()}>
          {t('measuresUi.copy.apply')}
        </button>
      </footer>
    </Dialog>
  );
}
