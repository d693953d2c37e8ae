// The review's state: the changes of the three-way merge (two-way without the ancestor), each told as the
// comparison tells it, and the user's choice per change — their changes taken and mine kept unless unticked, a
// conflict undecided until the user picks a side.
import { useMemo, useState } from 'react';
import type { ImportReview } from '../../../shared/api/contract';
import { describeChanges, mergePatches, threeWay, twoWay, type DescribedChange } from '../../../shared/merge';
import type { Patch } from '../../../shared/patch';

export type Choice = 'mine' | 'theirs';

export interface ReviewState {
  described: DescribedChange[];
  choices: (Choice | undefined)[];
  choose(index: number, choice: Choice): void;
  /** Conflicts without a choice. */
  undecided: number;
  /** The patches that take mine to the chosen result. */
  patches(): Patch[];
}

function defaultChoice(d: DescribedChange): Choice | undefined {
  return d.change.side === 'theirs' ? 'theirs' : d.change.side === 'mine' ? 'mine' : undefined;
}

export function useReview(review: ImportReview): ReviewState {
  const mine = review.mine!;
  const changes = useMemo(() => (review.base ? threeWay(review.base, mine, review.theirs) : twoWay(mine, review.theirs)), [review, mine]);
  const described = useMemo(() => describeChanges(review.base ?? mine, changes), [review.base, mine, changes]);
  const [choices, setChoices] = useState<(Choice | undefined)[]>(() => described.map(defaultChoice));
  return {
    described,
    choices,
    choose: (index, choice) => setChoices((prev) => prev.map((c, i) => (i === index ? choice : c))),
    undecided: choices.filter((c, i) => c === undefined && described[i].change.side === 'conflict').length,
    patches: () => mergePatches(changes, (_c, i) => choices[i] ?? 'mine'),
  };
}
