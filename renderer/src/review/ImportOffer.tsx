// The choice when a file descends from a scenario the store has: import it as a new scenario (the default, as
// before) or review it against my version.
import { useI18n } from '../i18n/useI18n';
import { Dialog } from '../widgets/Dialog';
import { exportedWhen } from './when';
import type { PendingFile } from './useFileImport';
import './review.css';

export interface ImportOfferProps {
  pending: PendingFile;
  onChoose(choice: 'asNew' | 'review' | 'cancel'): void;
}

export function ImportOffer({ pending, onChoose }: ImportOfferProps) {
  const { t, tCode, lang } = useI18n();
  const { review, fileName } = pending;
  const target = review.target!;
  const revision = review.origin?.revision ?? null;
  const when = exportedWhen(review.origin?.at, t, lang);
  const params = { file: fileName, target: review.origin?.name ?? target.name, when };
  return (
    <Dialog testId="import-offer" title={t('review.offer.title')} subtitle={fileName} className="import-offer" onClose={() => onChoose('cancel')}>
      <p>{revision === null ? t('review.offer.textNoRevision', params) : t('review.offer.text', params)}</p>
      {review.fallback && (
        <p className="hint" data-testid="offer-fallback">
          {t('review.twoWay', { reason: tCode(review.fallback, { when }) })}
        </p>
      )}
      <footer>
        <button type="button" data-testid="offer-cancel" onClick={() => onChoose('cancel')}>{t('review.offer.cancel')}</button>
        <button type="button" data-testid="offer-review" onClick={() => onChoose('review')}>{t('review.offer.review')}</button>
        <button type="button" className="import-apply" data-testid="offer-as-new" autoFocus onClick={() => onChoose('asNew')}>
          {t('review.offer.asNew')}
        </button>
      </footer>
    </Dialog>
  );
}
