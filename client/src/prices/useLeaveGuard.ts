import { useEffect } from 'react';
import { useBlocker, useTranslate } from 'react-admin';

/**
 * While there are unsaved drafts, leaving asks first: closing or reloading the tab (the browser's own
 * prompt) and moving elsewhere in the console (a confirmation in the user's language).
 */
export function useLeaveGuard(unsaved: number): void {
  const translate = useTranslate();
  const blocker = useBlocker(unsaved > 0);

  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = ''; // older browsers need it set to show their prompt
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (window.confirm(translate('rx.pricing.drafts.leave', { smart_count: unsaved }))) blocker.proceed?.();
    else blocker.reset?.();
  }, [blocker, translate, unsaved]);
}
