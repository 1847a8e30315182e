import {
  Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Table, TableBody, TableCell, TableHead,
  TableRow, TextField, Typography,
} from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslate } from 'react-admin';
import { useApprovalSettings } from '../policies/useApprovalSettings';
import { changePreview, type ChangePreview } from './changePreview';
import { ApiError, newIdempotencyKey, pricingApi, type BatchResult } from './api';
import { businessToday } from './dates';
import { usePriceFormat } from './format';
import type { DraftChange } from './types';
import { useServerText } from './useServerText';
import { DayPicker } from '../common/DayPicker';

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
  const settings = useApprovalSettings();
  const threshold = settings?.auto_approve_threshold;
  const preview = useMemo(() => (threshold === undefined ? null : changePreview(changes, threshold)), [changes, threshold]);
  const below = changes.filter((c) => c.control_price !== null && c.price < c.control_price).length;
  const needApproval = preview?.filter((p) => !p.autoApprove).length ?? 0;
  const reasonMissing = needApproval > 0 && !reason.trim();
  const percent = (value: number) => `${value > 0 ? '+' : ''}${(value * 100).toFixed(1)}%`;

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
    <Dialog open onClose={saving ? undefined : onClose} maxWidth="md" fullWidth>
      <DialogTitle>{translate('rx.pricing.submit.title')}</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2}>
          <Typography variant="body2">{translate('rx.pricing.submit.intro', { smart_count: changes.length })}</Typography>
          {below > 0 && <Alert severity="warning">{translate('rx.pricing.submit.below_control', { smart_count: below })}</Alert>}
          {needApproval > 0 && threshold !== undefined && (
            <Alert severity="info">{translate('rx.pricing.submit.needs_approval', { smart_count: needApproval, threshold: `${Math.round(threshold * 100)}%` })}</Alert>
          )}
          <Table size="small" stickyHeader sx={{ '& td, & th': { py: 0.5 } }}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('rx.pricing.submit.sku')}</TableCell>
                <TableCell>{translate('rx.pricing.submit.channel')}</TableCell>
                <TableCell align="right">{translate('rx.pricing.submit.current')}</TableCell>
                <TableCell align="right">{translate('rx.pricing.submit.price')}</TableCell>
                <TableCell align="right">{translate('rx.pricing.submit.change')}</TableCell>
                <TableCell>{translate('rx.pricing.submit.outcome')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {(preview ?? changes.map((change) => ({ change }) as ChangePreview)).slice(0, SHOWN).map(({ change: c, ratio, autoApprove, reason: why }) => (
                <TableRow key={`${c.sku_id}:${c.channel_id}`} data-testid="submit-change" data-outcome={autoApprove === undefined ? '' : autoApprove ? 'auto' : 'manager'}>
                  <TableCell>{c.sku_code}</TableCell>
                  <TableCell>{c.channel_name}</TableCell>
                  <TableCell align="right">{c.current_price === null ? '—' : format.money(c.current_price)}</TableCell>
                  <TableCell align="right" sx={{ color: why === 'below_control' ? 'error.main' : undefined, fontWeight: 500 }}>{format.money(c.price)}</TableCell>
                  {/* Colour says how far it moves, never whether up is good: a large change in either direction is a warning. */}
                  <TableCell align="right" sx={{ color: why === 'below_control' ? 'error.main' : why === 'large_change' ? 'warning.dark' : 'text.secondary' }}>
                    {ratio === null || ratio === undefined ? '—' : percent(ratio)}
                  </TableCell>
                  <TableCell sx={{ color: autoApprove === false ? 'warning.dark' : 'text.secondary', whiteSpace: 'nowrap' }}>
                    {why ? translate(`rx.pricing.submit.outcomes.${why}`) : ''}
                  </TableCell>
                </TableRow>
              ))}
              {changes.length > SHOWN && (
                <TableRow>
                  <TableCell colSpan={6}>… +{changes.length - SHOWN}</TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
          <DayPicker
            label={translate('rx.pricing.submit.effective_from')}
            value={effectiveFrom}
            onChange={setEffectiveFrom}
            error={!!fieldError('effective_from')}
            helperText={fieldError('effective_from')}
            required
            testId="submit-effective-from"
          />
          <TextField
            label={translate('rx.pricing.submit.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            required={needApproval > 0}
            error={!!fieldError('reason')}
            helperText={fieldError('reason') ?? (needApproval > 0 ? translate('rx.pricing.submit.reason_required') : undefined)}
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
        <Button variant="contained" onClick={submit} disabled={saving || !effectiveFrom || !preview || reasonMissing}>
          {translate('rx.pricing.submit.send')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
