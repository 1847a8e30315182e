import { useCallback, useState } from 'react';
import { useNotify, useRefresh, useTranslate, useUnselectAll, type Identifier } from 'react-admin';
import { pricingApi } from '../prices/api';
import { useServerText } from '../prices/useServerText';
import { settleAll, summarizeDecisions, type Decision } from './decisions';

/** Approves or rejects requests one call each, then reports what happened to every one of them. */
export function useDecidePrices() {
  const translate = useTranslate();
  const serverText = useServerText();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('channel-prices');
  const [deciding, setDeciding] = useState(false);

  const decide = useCallback(async (ids: readonly Identifier[], decision: Decision, note?: string) => {
    setDeciding(true);
    try {
      const outcomes = await settleAll(ids, (id) =>
        decision === 'approve' ? pricingApi.approve(Number(id), note) : pricingApi.reject(Number(id), note ?? ''));
      const { done, own, conflict, failed, message } = summarizeDecisions(outcomes);
      const t = (key: string, count: number) => translate(`rx.approvals.result.${key}`, { smart_count: count, message: message ? serverText(message) : '' });
      const parts = [
        done ? t(decision === 'approve' ? 'approved' : 'rejected', done) : null,
        own ? t('own', own) : null,
        conflict ? t('conflict', conflict) : null,
        failed ? t('failed', failed) : null,
      ].filter(Boolean);
      const type = done === ids.length ? 'success' : done ? 'warning' : 'error';
      notify(parts.join(' · '), { type, autoHideDuration: type === 'success' ? 4000 : 10000 });
      unselectAll();
      refresh();
      return done;
    } finally {
      setDeciding(false);
    }
  }, [notify, refresh, serverText, translate, unselectAll]);

  return { decide, deciding };
}
