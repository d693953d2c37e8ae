// A removal asked for by a panel: its plan is shown in the RemovalDialog, and applied as one edit when confirmed.
import { useState, type ReactNode } from 'react';
import type { RemovalPlan } from '../../../shared/structure/removal';
import type { Patch } from '../../../shared/patch/types';
import { RemovalDialog } from './RemovalDialog';

interface Pending {
  what: string;
  label: string;
  plan: RemovalPlan;
}

export function useRemoval(onApply: (patches: Patch[], label: string) => void): { ask(what: string, label: string, plan: RemovalPlan | null): void; dialog: ReactNode } {
  const [pending, setPending] = useState<Pending | null>(null);
  const dialog = pending && (
    <RemovalDialog
      what={pending.what}
      plan={pending.plan}
      onCancel={() => setPending(null)}
      onConfirm={() => {
        setPending(null);
        if (pending.plan.blockers.length === 0) onApply(pending.plan.patches, pending.label);
      }}
    />
  );
  return { ask: (what, label, plan) => plan && setPending({ what, label, plan }), dialog };
}
