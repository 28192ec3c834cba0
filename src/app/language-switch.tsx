import { useTranslation } from 'react-i18next';

import { ToggleButtonGroup, type ToggleOption } from '../components/ui/toggle-button-group';
import { chooseLanguage, currentLanguage, Language } from '../i18n';

export function LanguageSwitch() {
  const { t } = useTranslation();
  // Each language is named in itself ("日本語", "English") and marked with its own lang.
  const options: ToggleOption<Language>[] = Language.options.map((lng) => ({
    value: lng,
    label: t(`languages.${lng}`),
    lang: lng,
  }));
  return (
    <ToggleButtonGroup
      label={t('layout.languageSwitch')}
      options={options}
      value={currentLanguage()}
      onChange={(lng) => void chooseLanguage(lng)}
    />
  );
}
