import { useTranslation } from 'react-i18next';
import type { MessageLocale } from '../segment';

/** The UI language as the catalogue's label key. */
export function useLang(): MessageLocale {
  const { i18n } = useTranslation();
  return (i18n.resolvedLanguage ?? i18n.language) === 'ru' ? 'ru' : 'en';
}
