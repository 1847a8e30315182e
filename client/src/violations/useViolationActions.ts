import { useCallback, useState } from 'react';
import { useLocaleState, useNotify, useRefresh, useTranslate, useUnselectAll, type Identifier } from 'react-admin';
import { renderServerMessage } from '../../../shared/server-messages';
import { useViolationErrorText } from './useViolationErrorText';
import { useServerText } from '../prices/useServerText';
import { violationApi, type BulkAction } from './api';
import { bulkOutcome } from './bulkOutcome';

/** Runs one workflow call, then says what happened (the server's reason, in the reader's language, when refused) and reloads. */
export function useViolationAction() {
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const errorText = useViolationErrorText();
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (action: string, call: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    try {
      await call();
      notify(translate(`rx.violations.done.${action}`), { type: 'success' });
      return true;
    } catch (error) {
      notify(errorText(error), { type: 'error', autoHideDuration: 10000 });
      return false;
    } finally {
      setBusy(false);
      refresh();
    }
  }, [errorText, notify, refresh, translate]);
  return { busy, run };
}

/** The bulk workflow calls on the list's selection: counts what changed and why the rest was skipped. */
export function useBulkViolationAction() {
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const errorText = useViolationErrorText();
  const serverText = useServerText();
  const unselectAll = useUnselectAll('violations');
  const [locale] = useLocaleState();
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (action: BulkAction, ids: readonly Identifier[], extra?: { reason?: string; user_id?: number | null }): Promise<boolean> => {
    setBusy(true);
    try {
      const result = await violationApi.bulk(action, ids, extra);
      const { updated, skipped, type } = bulkOutcome(result);
      const actionLabel = translate(`rx.violations.actions.${action}`);
      const parts = [
        updated ? translate('rx.violations.done.bulk', { action: actionLabel, smart_count: updated }) : translate('rx.violations.done.none'),
        ...skipped.map(({ reason, key, count }) => translate('rx.violations.done.skipped', { smart_count: count, reason: (key && renderServerMessage(locale, key, {})) || serverText(reason) })),
      ];
      notify(parts.join(' · '), { type, autoHideDuration: type === 'success' ? 4000 : 10000 });
      unselectAll();
      return true;
    } catch (error) {
      notify(errorText(error), { type: 'error', autoHideDuration: 10000 });
      return false;
    } finally {
      setBusy(false);
      refresh();
    }
  }, [errorText, locale, notify, refresh, serverText, translate, unselectAll]);
  return { busy, run };
}
