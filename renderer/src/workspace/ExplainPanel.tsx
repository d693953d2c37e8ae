// "Forklar": how the selected number is computed — its formula and every value it reads, recursively.
import type { ExplainNode } from '../../../shared/engine/types';
import { formatNumber } from '../../../shared/format';
import { useI18n } from '../i18n/useI18n';

type UnitOf = (key: string) => string | undefined;
type LabelOf = (key: string) => string | undefined;

function Node({ node, depth, unitOf, labelOf }: { node: ExplainNode; depth: number; unitOf: UnitOf; labelOf: LabelOf }) {
  const { t, lang } = useI18n();
  const percent = unitOf(node.key) === '%';
  return (
    <li>
      <div className="explain-line">
        <span className="explain-label">{labelOf(node.key) ?? node.label ?? node.key}</span>
        <span className="explain-year">{node.year}</span>
        <span className="explain-value">
          {node.error ? t(node.error.code, node.error.params) : formatNumber(node.value, { lang, percent, decimals: percent ? 2 : 0 })}
        </span>
      </div>
      <code className="explain-key">{node.key}</code>
      {node.formula && <code className="explain-formula">= {node.formula}</code>}
      {node.inputs.length > 0 && depth < 6 && (
        <ul>
          {node.inputs.map((child, i) => (
            <Node key={`${child.key}@${child.year}#${i}`} node={child} depth={depth + 1} unitOf={unitOf} labelOf={labelOf} />
          ))}
        </ul>
      )}
    </li>
  );
}

export function ExplainPanel({ node, unitOf, labelOf }: { node: ExplainNode | null; unitOf: UnitOf; labelOf: LabelOf }) {
  const { t } = useI18n();
  return (
    <aside className="explain" data-testid="explain-panel" aria-label={t('ws.explain')}>
      <h3>{t('ws.explain')}</h3>
      {node ? (
        <ul className="explain-tree">
          <Node node={node} depth={0} unitOf={unitOf} labelOf={labelOf} />
        </ul>
      ) : (
        <p className="muted">{t('ws.explainHint')}</p>
      )}
    </aside>
  );
}
