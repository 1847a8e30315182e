import { useCallback } from 'react';
import { useTranslate } from 'react-admin';
import { serverMessageKey } from '../providers/serverMessages';

/** The server answers in English; known messages are shown in the UI language, others as sent. */
export function useServerText() {
  const translate = useTranslate();
  return useCallback((message: string) => translate(serverMessageKey(message), { _: message }), [translate]);
}
