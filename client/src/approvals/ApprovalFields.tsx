import { Box, Chip, Typography } from '@mui/material';
import { useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { usePriceFormat } from '../prices/format';
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

export const CurrentPriceCell = () => {
  const record = useRecordContext<PriceRecord>();
  const format = usePriceFormat();
  return <Typography variant="body2" sx={{ whiteSpace: 'nowrap' }}>{format.money(record?.current_price) || '—'}</Typography>;
};

/** The requested price (red below the control price) over its per-unit price. */
export const RequestedPriceCell = () => {
  const record = useRecordContext<PriceRecord>();
  const format = usePriceFormat();
  if (!record) return null;
  const below = record.control_price != null && record.price < record.control_price;
  return (
    <Typography variant="body2" sx={{ color: below ? 'error.main' : undefined, fontWeight: 600, whiteSpace: 'nowrap' }}>
      {format.money(record.price)}
      <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block', fontWeight: 400 }}>
        {format.unitMoney(record.unit_price)}
      </Typography>
    </Typography>
  );
};

/** (requested − control) / control: negative means below the control price. */
export const ControlGapCell = () => {
  const record = useRecordContext<PriceRecord>();
  const translate = useTranslate();
  const format = usePriceFormat();
  if (!record) return null;
  if (record.control_price == null || record.control_price === 0) {
    return <Typography variant="caption" color="text.secondary">{translate('rx.approvals.no_policy')}</Typography>;
  }
  const gap = (record.price - record.control_price) / record.control_price;
  return (
    <Typography variant="body2" sx={{ color: gap < 0 ? 'error.main' : 'success.main', fontWeight: 600, whiteSpace: 'nowrap' }}>
      {format.percent(gap)}
      <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block', fontWeight: 400 }}>
        {format.money(record.control_price)}
      </Typography>
    </Typography>
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
