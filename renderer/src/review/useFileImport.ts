// Importing a .handlingsrom file: the file is read first (scenario.importReview, nothing written). A file that
// does not descend from a scenario here becomes a new scenario, as always. One that does is offered both ways —
// "Importer som nytt scenario" (the default) or "Gå gjennom mot min versjon" — and nothing happens before the
// user chooses.
import { useCallback, useRef, useState } from 'react';
import type { ImportReview } from '../../../shared/api/contract';
import { useApi } from '../api/ApiContext';
import { errorText } from '../i18n/errorText';
import { useI18n } from '../i18n/useI18n';

/** A file read and waiting for the user's choice, or being reviewed. */
export interface PendingFile {
  /** Tells one file's review from the next. */
  seq: number;
  fileName: string;
  content: string;
  review: ImportReview;
}

export interface FileImportOptions {
  refresh(): Promise<void>;
  onSelect(id: string): void;
  onMessage(text: string | null, kind?: 'info' | 'error'): void;
}

export function useFileImport({ refresh, onSelect, onMessage }: FileImportOptions) {
  const api = useApi();
  const { t, tCode, lang } = useI18n();
  const [offer, setOffer] = useState<PendingFile | null>(null);
  const [reviewing, setReviewing] = useState<PendingFile | null>(null);
  const seq = useRef(0);

  const asNew = useCallback(
    async (fileName: string, content: string, trashed: string | null) => {
      const res = await api.call('scenario.import', { fileName, content, lang });
      await refresh();
      onSelect(res.id);
      onMessage(trashed ? t('review.trashed', { name: res.name, origin: trashed }) : t('scn.imported', { name: res.name }), 'info');
    },
    [api, lang, onMessage, onSelect, refresh, t],
  );

  const importFile = useCallback(
    async (fileName: string, content: string) => {
      try {
        const review = await api.call('scenario.importReview', { fileName, content, lang });
        if (review.target) setOffer({ seq: ++seq.current, fileName, content, review });
        else await asNew(fileName, content, review.trashed);
      } catch (err) {
        onMessage(errorText(err, tCode), 'error');
      }
    },
    [api, asNew, lang, onMessage, tCode],
  );

  const choose = useCallback(
    (choice: 'asNew' | 'review' | 'cancel') => {
      const pending = offer;
      setOffer(null);
      if (!pending || choice === 'cancel') return;
      if (choice === 'review') setReviewing(pending);
      else asNew(pending.fileName, pending.content, null).catch((err: unknown) => onMessage(errorText(err, tCode), 'error'));
    },
    [asNew, offer, onMessage, tCode],
  );

  return { importFile, offer, choose, reviewing, endReview: useCallback(() => setReviewing(null), []) };
}
