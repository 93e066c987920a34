import { useEffect } from 'react';
import { useLocale } from '../../state/store.ts';

/** The page's language follows the UI's, for screen readers, fonts and line breaking. */
export function useDocumentLanguage(): void {
  const locale = useLocale();
  useEffect(() => {
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
  }, [locale]);
}
