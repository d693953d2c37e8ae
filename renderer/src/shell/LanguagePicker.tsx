import { languages, type Lang } from '../../../shared/i18n';
import { useI18n } from '../i18n/useI18n';

const NAMES: Record<Lang, string> = { nb: 'Norsk bokmål', en: 'English' };

export function LanguagePicker() {
  const { lang, setLang, t } = useI18n();
  return (
    <label className="language">
      {t('app.language')}{' '}
      <select data-testid="language" value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
        {languages.map((l) => (
          <option key={l} value={l}>
            {NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
