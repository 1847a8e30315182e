import BlockIcon from '@mui/icons-material/Block';
import SendIcon from '@mui/icons-material/Send';
import { useState } from 'react';
import { Button, Confirm, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { promotionApi } from './api';
import type { PromotionRecord } from './types';
import { useErrorText } from './useErrorText';

/** Runs one workflow call for the promotion in context, then says what became of it and reloads. */
function useWorkflow() {
  const notify = useNotify();
  const refresh = useRefresh();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const run = async (call: () => Promise<PromotionRecord>, success: (after: PromotionRecord) => string) => {
    setBusy(true);
    try {
      const after = await call();
      notify(success(after), { type: after.status === 'pending' ? 'warning' : 'success', autoHideDuration: 8000 });
    } catch (error) {
      notify(errorText(error), { type: 'error', autoHideDuration: 10000 });
    } finally {
      setBusy(false);
      refresh();
    }
  };
  return { busy, run };
}

/** Draft → approved, or pending when a price is below a SKU's promo floor; asked first. */
export const SubmitPromotionButton = () => {
  const record = useRecordContext<PromotionRecord>();
  const translate = useTranslate();
  const { busy, run } = useWorkflow();
  const [asking, setAsking] = useState(false);
  if (!record) return null;
  const submit = () => {
    setAsking(false);
    void run(() => promotionApi.submit(record.id), (after) =>
      translate(after.status === 'pending' ? 'rx.promotions.submitted_pending' : 'rx.promotions.submitted_approved'));
  };
  return (
    <>
      <Button label="rx.promotions.actions.submit" variant="contained" onClick={() => setAsking(true)} disabled={busy} data-testid="promotion-submit">
        <SendIcon />
      </Button>
      <Confirm
        isOpen={asking}
        loading={busy}
        title="rx.promotions.confirm.submit_title"
        content="rx.promotions.confirm.submit_content"
        titleTranslateOptions={{ name: record.name }}
        contentTranslateOptions={{ name: record.name }}
        confirm="rx.promotions.actions.submit"
        onConfirm={submit}
        onClose={() => setAsking(false)}
      />
    </>
  );
};

/** Stops a promotion that has not ended (a running one stops at once); final, asked first. */
export const CancelPromotionButton = () => {
  const record = useRecordContext<PromotionRecord>();
  const { busy, run } = useWorkflow();
  const translate = useTranslate();
  const [asking, setAsking] = useState(false);
  if (!record) return null;
  const cancel = () => {
    setAsking(false);
    void run(() => promotionApi.cancel(record.id), () => translate('rx.promotions.cancelled'));
  };
  return (
    <>
      <Button label="rx.promotions.actions.cancel" color="error" onClick={() => setAsking(true)} disabled={busy} data-testid="promotion-cancel">
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={asking}
        loading={busy}
        title="rx.promotions.confirm.cancel_title"
        content={record.state === 'running' ? 'rx.promotions.confirm.cancel_running' : 'rx.promotions.confirm.cancel_content'}
        titleTranslateOptions={{ name: record.name }}
        contentTranslateOptions={{ name: record.name }}
        confirm="rx.promotions.actions.cancel"
        cancel="rx.promotions.confirm.keep"
        confirmColor="warning"
        onConfirm={cancel}
        onClose={() => setAsking(false)}
      />
    </>
  );
};
