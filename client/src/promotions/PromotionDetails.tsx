import { Alert, Box, Typography } from '@mui/material';
import { FunctionField, TextField, useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { FieldGrid } from '../common/FieldGrid';
import { MoneyField } from '../common/MoneyField';
import { SectionTitle } from '../common/SectionTitle';
import { useCompanyTimeZone } from '../common/useCompanyTimeZone';
import { stateColors } from './choices';
import { ChannelNamesField, PeriodField } from './PromotionFields';
import { PromotionItemsTable } from './PromotionItemsTable';
import { PromotionTypeField } from './PromotionTypeField';
import type { PromotionRecord } from './types';
import { usePeriodFormat } from './usePeriodFormat';
import { WorkflowPanel } from './WorkflowPanel';

const SlotsField = (_props: FieldProps) => {
  const record = useRecordContext<PromotionRecord>();
  const translate = useTranslate();
  const zone = useCompanyTimeZone();
  if (!record) return null;
  const text = record.slots.length ? record.slots.map((s) => `${s.start}–${s.end}`).join(', ') : translate('rx.promotions.all_day');
  return <Typography variant="body2">{text} <Typography component="span" variant="caption" color="text.secondary">({zone})</Typography></Typography>;
};

const RecurrenceField = (_props: FieldProps) => {
  const record = useRecordContext<PromotionRecord>();
  const translate = useTranslate();
  const r = record?.recurrence;
  if (!record) return null;
  if (!r) return <Typography variant="body2">{translate('rx.promotions.whole_period')}</Typography>;
  const days = r.every === 'weekly' ? (r.weekdays ?? []).map((d) => translate(`resources.promotions.choices.weekday.${d}`)).join('、') : translate('resources.promotions.choices.every.daily');
  return <Typography variant="body2">{`${days} ${r.start}–${r.end}`}</Typography>;
};

/** Where the promotion stands, in a sentence: what it waits for, or when it runs. */
const StateBanner = () => {
  const record = useRecordContext<PromotionRecord>();
  const translate = useTranslate();
  const format = usePeriodFormat();
  if (!record) return null;
  const args = { start: format.instant(record.start_at), end: format.instant(record.end_at), note: record.decision_note ?? '' };
  const severity = ({ draft: 'info', pending: 'warning', scheduled: 'info', running: 'success', rejected: 'error' } as const)[record.state as string] ?? 'info';
  const key = record.state === 'pending' && record.approval_reason ? `rx.promotions.banner.pending_${record.approval_reason}` : `rx.promotions.banner.${record.state}`;
  return (
    <Alert severity={severity} data-testid="promotion-state-banner">
      {translate(key, args)}
      {record.state === 'rejected' && record.decision_note && <Box sx={{ fontStyle: 'italic', mt: 0.5 }}>“{record.decision_note}”</Box>}
    </Alert>
  );
};

/** Everything about a promotion, read-only: its settings (per type), its SKUs and its workflow. */
export const PromotionDetails = () => {
  const record = useRecordContext<PromotionRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <StateBanner />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) 300px' }, gap: 3, alignItems: 'start' }}>
        <Box>
          <FieldGrid columns={3}>
            <PromotionTypeField source="type" />
            <EnumField source="state" colors={stateColors} />
            <PeriodField source="period" />
            <MoneyField source="budget" emptyText="—" />
            <FunctionField source="stackable" render={(r: PromotionRecord) => translate(r.stackable ? 'rx.common.yes' : 'rx.common.no')} />
            {record.type === 'flash_sale' && <SlotsField source="slots" />}
            {record.type === 'flash_sale' && <TextField source="warmup_hours" emptyText="—" />}
            {record.type === 'limited_discount' && <EnumField source="rounding" />}
            {record.type === 'limited_discount' && <RecurrenceField source="recurrence" />}
          </FieldGrid>
          <Box sx={{ mt: 1.5 }}>
            <FieldGrid columns={1}>
              <ChannelNamesField source="channel_ids" max={50} showAudience />
              {record.description && <TextField source="description" sx={{ whiteSpace: 'pre-line' }} />}
            </FieldGrid>
          </Box>
        </Box>
        <WorkflowPanel />
      </Box>
      <Box>
        <SectionTitle label="rx.promotions.sections.items" />
        <PromotionItemsTable />
      </Box>
    </Box>
  );
};
