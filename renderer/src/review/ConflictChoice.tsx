// One conflict of a three-way merge, side by side: what my side did and what theirs did, told as Sammenlign tells a
// change, with the choice of which applies. The review of a file that comes back and the laptop's merge with the
// team server (renderer/src/sync) show their conflicts with it.
import { describeChange } from '../../../shared/compare/text';
import type { Change } from '../../../shared/compare/types';
import type { DescribedChange } from '../../../shared/merge/describe';
import type { Lang } from '../../../shared/i18n';

function Texts({ changes, lang }: { changes: Change[]; lang: Lang }) {
  return (
    <ul className="review-texts">
      {changes.map((c, i) => (
        <li key={i}>{describeChange(c, lang)}</li>
      ))}
    </ul>
  );
}

export interface ConflictChoiceProps {
  /** The radio group's name and the test ids' stem. */
  name: string;
  d: DescribedChange;
  choice: 'mine' | 'theirs' | undefined;
  onChoose(side: 'mine' | 'theirs'): void;
  lang: Lang;
  labels: { mine: string; theirs: string; keepMine: string; takeTheirs: string };
}

export function ConflictChoice({ name, d, choice, onChoose, lang, labels }: ConflictChoiceProps) {
  const radio = (side: 'mine' | 'theirs', label: string) => (
    <label className="review-choice">
      <input type="radio" name={name} checked={choice === side} data-testid={`${name}-${side}`} onChange={() => onChoose(side)} />
      {label}
    </label>
  );
  return (
    <fieldset className={choice ? 'decided' : 'undecided'} aria-label={describeChange(d.theirs[0] ?? d.mine[0], lang)}>
      <div className="review-side">
        <h4>{labels.mine}</h4>
        <Texts changes={d.mine} lang={lang} />
        {radio('mine', labels.keepMine)}
      </div>
      <div className="review-side">
        <h4>{labels.theirs}</h4>
        <Texts changes={d.theirs} lang={lang} />
        {radio('theirs', labels.takeTheirs)}
      </div>
    </fieldset>
  );
}

export { Texts as ChangeTexts };
