import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { businessToday } from './dates';
import { useServerText } from './useServerText';
import type { PriceRecord } from './types';
import { DayPicker } from '../common/DayPicker';

interface Props {
  price: PriceRecord;
  onClose(): void;
  onDone(): void;
}

/** "26,5" is 26.5: a decimal comma is a decimal point. */
const toNumber = (text: string) => Number(text.trim().replace(',', '.'));

/**
 * Requests a correction of a past price: the price that was really charged over a past period, kept
 * beside the original (which is never overwritten) and decided by a manager other than the requester.
 */
export const CorrectionDialog = ({ price, onClose, onDone }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const serverText = useServerText();
  const dataProvider = useDataProvider();
  const end = price.effective_end !== undefined ? price.effective_end : price.effective_to;
  const [value, setValue] = useState(String(price.price));
  const [from, setFrom] = useState(businessToday(new Date(price.effective_from)));
  const [until, setUntil] = useState(end ? businessToday(new Date(end)) : '');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    try {
      await dataProvider.create('channel-prices', {
        data: {
          kind: 'correction', corrects_id: price.id, sku_id: price.sku_id, channel_id: price.channel_id,
          price: toNumber(value), effective_from: from, effective_to: until || null, reason,
        },
      });
      notify('rx.pricing.correction.sent', { type: 'success' });
      onDone();
    } catch (error) {
      const body = (error as { body?: { errors?: Record<string, string> } }).body;
      setErrors(Object.fromEntries(Object.entries(body?.errors ?? {}).map(([k, v]) => [k, serverText(v)])));
      notify(serverText((error as Error).message), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const field = (name: string) => ({ error: !!errors[name], helperText: errors[name] ?? ' ' });
  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{translate('rx.pricing.correction.title')}</DialogTitle>
      <DialogContent>
        <Alert severity="info" sx={{ mb: 2 }}>{translate('rx.pricing.correction.intro')}</Alert>
        <Stack spacing={1}>
          <Typography variant="body2" color="text.secondary">
            {translate('rx.pricing.correction.original', { id: price.id })}
          </Typography>
          <TextField label={translate('rx.pricing.history.price')} value={value} onChange={(e) => setValue(e.target.value)}
            slotProps={{ htmlInput: { inputMode: 'decimal' } }} {...field('price')} />
          <Stack direction="row" spacing={1}>
            <DayPicker fullWidth label={translate('rx.pricing.history.effective_from')} value={from} onChange={setFrom} {...field('effective_from')} />
            <DayPicker fullWidth label={translate('rx.pricing.history.effective_to')} value={until} onChange={setUntil} {...field('effective_to')} />
          </Stack>
          <TextField required multiline minRows={2} label={translate('rx.pricing.correction.reason')} value={reason}
            onChange={(e) => setReason(e.target.value)} slotProps={{ htmlInput: { maxLength: 500 } }} {...field('reason')} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" disabled={busy || !reason.trim() || !from || !(toNumber(value) > 0)} onClick={submit}>
          {translate('rx.pricing.correction.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
