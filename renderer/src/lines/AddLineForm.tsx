// The form for a new line of one's own: name, input or formula, the group it goes in (below the selected row when
// that row is in the group), unit, and for a formula line the formula editor. Added as one undoable step.
import { useState } from 'react';
import { addLine, type NewLine } from '../../../shared/lines';
import type { LiveScenario } from '../../../shared/live/scenario';
import { customLineKey, type View } from '../../../shared/model/customLine';
import type { Patch } from '../../../shared/patch/types';
import type { LineName } from '../formula/complete';
import { FormulaEditor } from '../formula/FormulaEditor';
import { useI18n } from '../i18n/useI18n';
import { customLineId, type LineGroup } from './groups';
import type { TagName } from '../formula/lineNames';
import type { TagCall } from '../formula/tags';

export interface AddLineFormProps {
  live: LiveScenario;
  view: View;
  groups: readonly LineGroup[];
  /** The selected row and its group, if any: a new line in that group goes below it. */
  selected: { key: string; group?: string } | null;
  names: readonly LineName[];
  labelOf(key: string): string | undefined;
  tagOf(call: TagCall): TagName;
  onApply(patches: Patch[], label: string): void;
  onAdded(key: string): void;
  onClose(): void;
}

const UNITS = [
  ['1000 kr', 'lines.form.unit.amount'],
  ['andel', 'lines.form.unit.share'],
  ['antall', 'lines.form.unit.number'],
] as const;

/** Where a new line in `group` goes: below the selected row when it is in that group, else at the group's end. */
function placement(live: LiveScenario, selected: AddLineFormProps['selected'], group: string): Pick<NewLine, 'after' | 'index'> {
  if (!selected || selected.group !== group) return {};
  const lines = live.doc.lines;
  const own = customLineId(live, selected.key);
  if (own !== undefined) {
    // Below a user line: after the same line it is placed after, next to it in scenario.lines.
    const at = lines.findIndex((l) => l.id === own);
    return { after: lines[at]?.after, index: at + 1 };
  }
  const first = lines.findIndex((l) => l.after === selected.key);
  return { after: selected.key, index: first < 0 ? undefined : first };
}

export function AddLineForm({ live, view, groups, selected, names, labelOf, tagOf, onApply, onAdded, onClose }: AddLineFormProps) {
  const { t, tCode } = useI18n();
  const [label, setLabel] = useState('');
  const [kind, setKind] = useState<'input' | 'formula'>('formula');
  const [group, setGroup] = useState(() => groups.find((g) => g.group === selected?.group)?.group ?? groups[0]?.group ?? '');
  const [unit, setUnit] = useState<string>('1000 kr');
  const [formula, setFormula] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const check = (text: string) => {
    const err = live.engine.checkFormula(text);
    return err ? tCode(err.code, err.params) : null;
  };
  const target = groups.find((g) => g.group === group);
  const place = placement(live, selected, group);

  const submit = () => {
    if (!target) return;
    if (label.trim() === '') return setProblem(t('lines.form.nameMissing'));
    if (kind === 'formula') {
      if (formula.trim() === '') return setProblem(t('lines.form.formulaMissing'));
      const err = check(formula);
      if (err) return setProblem(err);
    }
    const { line, patch } = addLine(live.doc, { kind, view, section: target.section, label, unit, formula, ...place }, live.engine.keys());
    onApply([patch], t('lines.edit.add', { label: line.label }));
    onAdded(customLineKey(line));
    onClose();
  };

  return (
    <form
      className="add-line"
      data-testid="add-line-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) onClose();
      }}
    >
      <h3>{t('lines.form.title')}</h3>
      <div className="add-line-fields">
        <label>
          {t('lines.form.name')}
          <input data-testid="add-line-name" value={label} autoFocus maxLength={200} onChange={(e) => setLabel(e.target.value)} />
        </label>
        <label>
          {t('lines.form.group')}
          <select data-testid="add-line-group" value={group} onChange={(e) => setGroup(e.target.value)}>
            {groups.map((g) => (
              <option key={g.group} value={g.group}>
                {g.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('lines.form.unit')}
          <select data-testid="add-line-unit" value={unit} onChange={(e) => setUnit(e.target.value)}>
            {UNITS.map(([u, code]) => (
              <option key={u} value={u}>
                {t(code)}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>{t('lines.form.kind')}</legend>
          {(['formula', 'input'] as const).map((k) => (
            <label key={k} className="add-line-kind">
              <input type="radio" name="add-line-kind" data-testid={`add-line-kind-${k}`} checked={kind === k} onChange={() => setKind(k)} />
              {t(`lines.form.kind.${k}`)}
            </label>
          ))}
        </fieldset>
      </div>
      {kind === 'formula' && (
        <label className="add-line-formula">
          {t('lines.form.formula')}
          <FormulaEditor
            testId="add-line-formula"
            ariaLabel={t('lines.form.formula')}
            value={formula}
            onChange={(v) => {
              setFormula(v);
              setProblem(null);
            }}
            onSubmit={submit}
            names={names}
            labelOf={labelOf}
            tagOf={tagOf}
            check={check}
          />
        </label>
      )}
      <p className="muted" data-testid="add-line-place">
        {place.after !== undefined || place.index !== undefined
          ? t('lines.form.placeAfter', { label: labelOf(selected?.key ?? '') ?? selected?.key ?? '' })
          : t('lines.form.placeEnd')}
      </p>
      {problem && (
        <p className="formula-error" role="alert" data-testid="add-line-problem">
          {problem}
        </p>
      )}
      <div className="add-line-actions">
        <button type="submit" className="primary" data-testid="add-line-submit" disabled={!target}>
          {t('lines.form.add')}
        </button>
        <button type="button" data-testid="add-line-cancel" onClick={onClose}>
          {t('lines.form.cancel')}
        </button>
      </div>
    </form>
  );
}
