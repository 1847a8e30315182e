import { useCallback } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { renderServerMessage } from '../../../shared/server-messages';
import { useServerText } from '../prices/useServerText';

/** Any error of the promotion screens as text in the UI language: by its key and parameters when the server sent them. */
export function useErrorText() {
  const [locale] = useLocaleState();
  const serverText = useServerText();
  const translate = useTranslate();
  return useCallback((error: unknown): string => {
    const e = error as { key?: string; params?: Record<string, string | number>; body?: { key?: string; params?: Record<string, string | number> }; message?: string };
    const key = e?.key ?? e?.body?.key;
    if (key === 'invalid_input') return translate('rx.server.invalid_input');
    const keyed = key ? renderServerMessage(locale, key, e.params ?? e.body?.params ?? {}) : undefined;
    return keyed ?? serverText(e?.message ?? String(error));
  }, [locale, serverText, translate]);
}
