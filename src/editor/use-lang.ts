import { useTranslation } from 'react-i18next';

/** The UI language as the catalogue's label key. */
export function useLang(): 'en' | 'ru' {
  const { i18n } = useTranslation();
  return (i18n.resolvedLanguage ?? i18n.language) === 'ru' ? 'ru' : 'en';
}
