import { useCallback, useState } from 'react';
import { useNotify } from 'react-admin';
import { useErrorText } from './useErrorText';

/**
 * A refused save, kept to show above the form (the Rx guard or a conflict names the SKU, the
 * channel or the other promotion: worth more than a toast). Field errors still go to their inputs.
 */
export function useSaveError() {
  const [message, setMessage] = useState<string | null>(null);
  const notify = useNotify();
  const errorText = useErrorText();
  const onError = useCallback((error: unknown) => {
    const text = errorText(error);
    setMessage(text);
    notify(text, { type: 'error', autoHideDuration: 8000 });
  }, [errorText, notify]);
  return { message, onError };
}
