import { useLocaleState } from 'react-admin';

/** The Intl locale matching the UI language, for numbers and dates. */
export function useIntlLocale(): string {
  const [locale] = useLocaleState();
  return locale === 'zh' ? 'zh-CN' : 'en-US';
}
