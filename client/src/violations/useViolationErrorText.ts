import { useCallback } from 'react';
import { useErrorText } from '../promotions/useErrorText';
import { useServerText } from '../prices/useServerText';

/** A refusal in the reader's language: the fields' own messages when the server named them ("Waiving needs a reason"), else its keyed message. */
export function useViolationErrorText() {
  const errorText = useErrorText();
  const serverText = useServerText();
  return useCallback((error: unknown): string => {
    const fields = Object.values((error as { errors?: Record<string, string> })?.errors ?? {});
    return fields.length ? [...new Set(fields.map((m) => serverText(String(m))))].join(' · ') : errorText(error);
  }, [errorText, serverText]);
}
