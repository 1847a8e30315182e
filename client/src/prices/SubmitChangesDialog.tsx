import {
  Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Table, TableBody, TableCell, TableHead,
  TableRow, TextField, Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { ApiError, newIdempotencyKey, pricingApi, type BatchResult } from './api';
import { businessToday } from './dates';
import { usePriceFormat } from './format';
import type { DraftChange } from './types';
import { useServerText } from './useServerText';

interface Props {
  changes: DraftChange[];
  onClose(): void;
  onSubmitted(result: BatchResult): void;
  /** The batch was refused cell by cell (nothing saved): mark those cells in the grid. */
  onRefused(sent: DraftChange[], errors: Record<string, string>): void;
}

const SHOWN = 100;

/** Effective date and reason for all drafts, sent as one all-or-nothing batch. */
export const SubmitChangesDialog = ({ changes, onClose, onSubmitted, onRefused }: Props) => {
  const translate = useTranslate();
  const serverText = useServerText();
  const format = usePriceFormat();
  const [effectiveFrom, setEffectiveFrom] = useState(businessToday);
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const below = changes.filter((c) => c.control_price !== null && c.price < c.control_price).length;

  const submit = async () => {
    setSaving(true);
    setError(null);
    try {
      onSubmitted(await pricingApi.submitBatch(effectiveFrom, reason.trim(), changes, idempotencyKey));
    } catch (e) {
      const fields = e instanceof ApiError ? e.errors : {};
      if (Object.keys(fields).some((path) => path.startsWith('changes.'))) return onRefused(changes, fields);
      setError({ message: e instanceof Error ? e.message : String(e), fields });
    } finally {
      setSaving(false);
    }
  };
  const fieldError = (field: string) => (error?.fields[field] ? serverText(error.fields[field]) : undefined);

  return (
    <Dialog open onClose={saving ? undefined : onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{translate('rx.pricing.submit.title')}</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2}>
          <Typography variant="body2">{translate('rx.pricing.submit.intro', { smart_count: changes.length })}</Typography>
          {below > 0 && <Alert severity="warning">{translate('rx.pricing.submit.below_control', { smart_count: below })}</Alert>}
          <Table size="small" stickyHeader sx={{ '& td, & th': { py: 0.5 } }}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('rx.pricing.submit.sku')}</TableCell>
                <TableCell>{translate('rx.pricing.submit.channel')}</TableCell>
                <TableCell align="right">{translate('rx.pricing.submit.price')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {changes.slice(0, SHOWN).map((c) => (
                <TableRow key={`${c.sku_id}:${c.channel_id}`}>
                  <TableCell>{c.sku_code}</TableCell>
                  <TableCell>{c.channel_name}</TableCell>
                  <TableCell align="right" sx={{ color: c.control_price !== null && c.price < c.control_price ? 'error.main' : undefined }}>
                    {c.current_price !== null && (
                      <Typography component="s" variant="body2" color="text.secondary" sx={{ mr: 1 }}>{format.money(c.current_price)}</Typography>
                    )}
                    {format.money(c.price)}
                  </TableCell>
                </TableRow>
              ))}
              {changes.length > SHOWN && (
                <TableRow>
                  <TableCell colSpan={3}>… +{changes.length - SHOWN}</TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
          <TextField
            type="date"
            label={translate('rx.pricing.submit.effective_from')}
            value={effectiveFrom}
            onChange={(e) => setEffectiveFrom(e.target.value)}
            error={!!fieldError('effective_from')}
            helperText={fieldError('effective_from')}
            slotProps={{ inputLabel: { shrink: true } }}
            required
          />
          <TextField
            label={translate('rx.pricing.submit.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={!!fieldError('reason')}
            helperText={fieldError('reason')}
            multiline
            minRows={2}
            slotProps={{ htmlInput: { maxLength: 500 } }}
          />
          {error && !Object.keys(error.fields).length && (
            <Alert severity="error">{translate('rx.pricing.submit.failed', { message: serverText(error.message) })}</Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={saving}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={submit} disabled={saving || !effectiveFrom}>
          {translate('rx.pricing.submit.send')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
