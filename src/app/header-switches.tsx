import { useTranslation } from 'react-i18next';
import { outlinedField } from '../ui/outlined-field';
import { languageNames, languages, setLanguage } from '../i18n';
import { useThemeChoice, type ThemeChoice } from './use-theme-choice';

const languageId = 'app-language';
const themeId = 'app-theme';
const switchStyle = { minWidth: 112 };

/** The language and theme switches of the header. */
export function HeaderSwitches() {
  const { t, i18n } = useTranslation('app');
  const { theme, setTheme } = useThemeChoice();
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <div className="se-app-switches">
      {outlinedField({
        id: languageId,
        label: t('language'),
        value: language,
        onChange: (lng) => void setLanguage(lng),
        style: switchStyle,
        options: languages.map((lng) => (
          <option key={lng} value={lng}>
            {languageNames[lng]}
          </option>
        )),
      })}
      {outlinedField({
        id: themeId,
        label: t('theme'),
        value: theme,
        onChange: (choice) => setTheme(choice as ThemeChoice),
        style: switchStyle,
        options: (
          <>
            <option value="light">{t('themeLight')}</option>
            <option value="dark">{t('themeDark')}</option>
            <option value="auto">{t('themeAuto')}</option>
          </>
        ),
      })}
    </div>
  );
}
