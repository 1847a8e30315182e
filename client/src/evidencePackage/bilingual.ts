import polyglotI18nProvider from 'ra-i18n-polyglot';
import { en } from '../i18n/en';
import { pluralRules } from '../i18n/merge';
import { zh } from '../i18n/zh';

const providers = {
  zh: polyglotI18nProvider(() => zh, 'zh', [], { allowMissing: true, pluralRules }),
  en: polyglotI18nProvider(() => en, 'en', [], { allowMissing: true, pluralRules }),
};

export interface BiText { zh: string; en: string }

/** One key in both languages, whatever the UI's: the evidence package is read by a platform. */
export function bilingual(key: string, options?: Record<string, unknown>): BiText {
  return { zh: String(providers.zh.translate(key, options)), en: String(providers.en.translate(key, options)) };
}
