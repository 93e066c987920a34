import { useAppStore, useLocale } from '../../state/store.ts';
import { useMessages } from '../hooks/use-messages.ts';

/**
 * One large button named by the other language, written in that language ("中文" on the English screen,
 * "English" on the Chinese one), so a shopper who reads only that language still finds it.
 */
export function LanguageSwitch() {
  const t = useMessages().header;
  const locale = useLocale();
  const setLocale = useAppStore((s) => s.setLocale);
  return (
    <button
      type="button"
      className="nav-button language-switch"
      onClick={() => setLocale(locale === 'en' ? 'zh' : 'en')}
      lang={t.otherLanguageTag}
      data-locale={locale}
      data-testid="header.language"
    >
      {t.otherLanguage}
    </button>
  );
}
