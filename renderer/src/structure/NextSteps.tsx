// Oversikt of a scenario without programme areas: how to build a model from nothing, with the first action.
import { useI18n } from '../i18n/useI18n';
import './structure.css';

export function NextSteps({ onNavigate }: { onNavigate(view: 'rammer' | 'forutsetninger' | 'tiltak'): void }) {
  const { t } = useI18n();
  return (
    <section className="empty-state" data-testid="next-steps">
      <p>{t('structure.next.intro')}</p>
      <ol>
        <li>{t('structure.next.areas')}</li>
        <li>{t('structure.next.assumptions')}</li>
        <li>{t('structure.next.measures')}</li>
      </ol>
      <button type="button" className="add" data-testid="next-add-area" onClick={() => onNavigate('rammer')}>{t('structure.area.add')}</button>{' '}
      <button type="button" onClick={() => onNavigate('forutsetninger')}>{t('view.forutsetninger')}</button>{' '}
      <button type="button" onClick={() => onNavigate('tiltak')}>{t('view.tiltak')}</button>
    </section>
  );
}
