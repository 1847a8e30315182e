import { Box, Chip, Typography } from '@mui/material';
import { useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { usePriceFormat } from '../prices/format';
import { PriceStatusChip } from '../prices/PriceStatusChip';
import type { PriceRecord } from '../prices/types';

export const SkuCell = () => {
  const record = useRecordContext<PriceRecord>();
  if (!record) return null;
  return (
    <Box sx={{ maxWidth: 240 }}>
      <Typography variant="body2" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>{record.sku_code}</Typography>
      <Typography variant="caption" color="text.secondary" noWrap sx={{ display: 'block' }} title={record.sku_name}>
        {record.sku_name}
      </Typography>
    </Box>
  );
};

/** Why the request waits for a manager (chip), then the requester's own reason. */
export const ReasonCell = () => {
  const record = useRecordContext<PriceRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const why = record.approval_reason;
  return (
    <Box sx={{ minWidth: 160, maxWidth: 280 }}>
      {why && (
        <Chip
          size="small"
          color={why === 'below_control' ? 'error' : 'warning'}
          variant="outlined"
          label={translate(`resources.channel-prices.choices.approval_reason.${why}`, { _: why })}
          sx={{ mb: 0.5 }}
        />
      )}
      {record.reason && <Typography variant="body2">{record.reason}</Typography>}
    </Box>
  );
};

/** The requested start; one already past starts at the approval instead (a correction keeps its past period). */
export const EffectiveFromCell = () => {
  const record = useRecordContext<PriceRecord>();
  const format = usePriceFormat();
  const translate = useTranslate();
  const [now] = useState(() => Date.now());
  const passed = record?.status === 'pending' && record.kind !== 'correction' && Date.parse(record.effective_from) < now;
  return (
    <Typography variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {format.date(record?.effective_from)}
      {passed && (
        <Typography component="span" variant="caption" color="warning.main" sx={{ display: 'block' }}>
          {translate('rx.approvals.starts_on_approval')}
        </Typography>
      )}
    </Typography>
  );
};

/**
 * Old → new with the move in percent, and where the request sits against the control price. Colour
 * marks risk, not direction: red below control, amber for a move of 20% or more either way.
 */
export const ChangeCell = () => {
  const record = useRecordContext<PriceRecord>();
  const translate = useTranslate();
  const format = usePriceFormat();
  if (!record) return null;
  const below = record.control_price != null && record.price < record.control_price;
  const move = record.current_price ? (record.price - record.current_price) / record.current_price : null;
  const gap = record.control_price ? (record.price - record.control_price) / record.control_price : null;
  return (
    <Box sx={{ whiteSpace: 'nowrap' }}>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {record.current_price != null && (
          <Typography component="span" variant="body2" color="text.secondary" sx={{ fontWeight: 400 }}>{format.money(record.current_price)} → </Typography>
        )}
        <Typography component="span" variant="body2" sx={{ fontWeight: 600, color: below ? 'error.main' : undefined }}>{format.money(record.price)}</Typography>
      </Typography>
      <Typography variant="caption" sx={{ display: 'block', color: move !== null && Math.abs(move) >= 0.2 ? 'warning.dark' : 'text.secondary' }}>
        {move !== null ? translate('rx.approvals.vs_now', { change: format.percent(move) }) : format.unitMoney(record.unit_price)}
      </Typography>
      <Typography variant="caption" sx={{ display: 'block', color: below ? 'error.main' : 'text.secondary' }}>
        {gap !== null ? translate('rx.approvals.vs_control', { control: format.money(record.control_price), gap: format.percent(gap) }) : translate('rx.approvals.no_policy')}
      </Typography>
    </Box>
  );
};

/** Who asked and when (company time zone). */
export const RequesterCell = () => {
  const record = useRecordContext<PriceRecord>();
  const format = usePriceFormat();
  if (!record) return null;
  return (
    <Box sx={{ maxWidth: 160 }}>
      <Typography variant="body2" noWrap title={record.requester_email ?? undefined}>{record.requester_name ?? record.requester_email}</Typography>
      <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>{format.dateTime(record.created_at)}</Typography>
    </Box>
  );
};

/** Why it needed a manager and the requester's words; once decided, the outcome and the manager's note. */
export const OutcomeCell = () => {
  const record = useRecordContext<PriceRecord>();
  const translate = useTranslate();
  const format = usePriceFormat();
  if (!record) return null;
  const decided = record.status !== 'pending';
  return (
    <Box sx={{ minWidth: 140, maxWidth: 260 }}>
      <ReasonCell />
      {decided && (
        <Box sx={{ mt: 0.5 }}>
          <PriceStatusChip status={record.status} />
          {record.decided_at && (
            <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
              {translate('rx.approvals.decided_by', { who: record.approver_name ?? record.approver_email ?? record.requester_name ?? '', at: format.dateTime(record.decided_at) })}
            </Typography>
          )}
          {record.decision_note && <Typography variant="body2" sx={{ fontStyle: 'italic' }}>“{record.decision_note}”</Typography>}
        </Box>
      )}
    </Box>
  );
};
