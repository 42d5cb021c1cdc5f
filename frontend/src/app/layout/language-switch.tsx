import { useTranslation } from 'react-i18next';

import { supportedLanguages } from '@/lib/i18n/resources';

/** Each language is named in itself ("Dansk"), so a reader finds theirs whatever is active. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {supportedLanguages.map((language) => {
        const active = i18n.language === language;
        return (
          <button
            key={language}
            type="button"
            lang={language}
            className="language-switch__option"
            aria-pressed={active}
            aria-label={t(`language.${language}`)}
            onClick={() => {
              void i18n.changeLanguage(language);
            }}
          >
            {language.toUpperCase()}
          </button>
        );
      })}
    </div>
  );
}
