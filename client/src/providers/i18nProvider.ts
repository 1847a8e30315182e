import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider } from 'react-admin';
import { en } from '../i18n/en';
import { zh } from '../i18n/zh';
import { pluralRules } from '../i18n/merge';
import { saveMyLocale } from './authProvider';

export const LOCALES = [
  { locale: 'en', name: 'English' },
  { locale: 'zh', name: '简体中文' },
];

const STORAGE_KEY = 'rxchannel.locale';

/** The stored choice (kept across logouts), else the browser's language, else English. */
export function initialLocale(): 'en' | 'zh' {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'en' || stored === 'zh') return stored;
  } catch {
    // storage unavailable
  }
  return typeof navigator !== 'undefined' && navigator.language?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

function applyToDocument(locale: string) {
  document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
}

const base = polyglotI18nProvider((locale) => (locale === 'zh' ? zh : en), initialLocale(), LOCALES, {
  allowMissing: true,
  pluralRules,
});
applyToDocument(base.getLocale());

export const i18nProvider: I18nProvider = {
  ...base,
  async changeLocale(locale, options) {
    await base.changeLocale(locale, options);
    applyToDocument(locale);
    try {
      localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // storage unavailable
    }
    await saveMyLocale(locale).catch(() => undefined); // the choice follows the user to other browsers
  },
};
