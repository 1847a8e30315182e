import { Box, Stack, Typography } from '@mui/material';
import { FunctionField, ReferenceField, Show, TextField, useRecordContext, useTranslate } from 'react-admin';
import { CompanyDateField } from '../common/CompanyDateField';
import { FieldGrid } from '../common/FieldGrid';
import { MoneyField } from '../common/MoneyField';
import { SectionTitle } from '../common/SectionTitle';
import { isPartnerKind } from './choices';
import { LegalNote } from './LegalNote';
import { ViolationActions } from './ViolationActions';
import { expectedLabel, GapField, SkuCell, ViolationChip } from './ViolationFields';
import { groundsText, ViolationTimeline } from './ViolationTimeline';
import type { ViolationRecord } from './types';

const Title = () => {
  const record = useRecordContext<ViolationRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return <span>{`${translate(`resources.violations.choices.kind.${record.kind}`)} · ${record.sku_code}`}</span>;
};

const ChoiceText = ({ source, value }: { source: string; value: string }) => {
  const translate = useTranslate();
  return <Typography variant="body2">{translate(`resources.violations.choices.${source}.${value}`, { _: value })}</Typography>;
};

/** What was found, how it is being handled, and its history beside it. */
const ViolationDetails = () => {
  const record = useRecordContext<ViolationRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" alignItems="center">
        <ViolationChip source="kind" />
        <ViolationChip source="status" />
        <ViolationChip source="severity" />
        <Typography variant="body2" color="text.secondary">#{record.id}</Typography>
      </Stack>
      {isPartnerKind(record.kind) && <LegalNote />}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 1fr) 380px' }, gap: 4, alignItems: 'start' }}>
        <Box>
          <SectionTitle label="rx.violations.sections.facts" />
          <FieldGrid>
            <SkuCell source="sku_code" />
            <TextField source="channel_name" />
            <TextField source="seller_name" emptyText="—" />
            {record.expected !== null && <MoneyField source="expected" label={expectedLabel(record.kind)} />}
            <MoneyField source="actual" emptyText="—" />
            {record.gap_pct !== null && <GapField source="gap_pct" />}
            <FunctionField<ViolationRecord> source="occurrences" render={(r) => translate('rx.violations.times', { smart_count: r.occurrences })} />
            <FunctionField<ViolationRecord> source="origin" render={(r) => <ChoiceText source="origin" value={r.origin} />} />
            {record.promotion_id !== null && (
              <ReferenceField source="promotion_id" reference="promotions" link="show">
                <TextField source="name" />
              </ReferenceField>
            )}
            <CompanyDateField source="first_seen_at" showTime />
            <CompanyDateField source="last_seen_at" showTime />
          </FieldGrid>
          <SectionTitle label="rx.violations.sections.workflow" />
          <FieldGrid>
            <TextField source="assignee_name" emptyText={translate('rx.violations.unassigned')} />
            {record.kind === 'unauthorized_seller' && (
              <FunctionField<ViolationRecord> source="grounds" render={(r) => (r.grounds?.length ? groundsText(r.grounds.join(','), translate) : '—')} />
            )}
            {record.closed_at && <CompanyDateField source="closed_at" showTime />}
            {record.resolution && <FunctionField<ViolationRecord> source="resolution" render={(r) => <ChoiceText source="resolution" value={r.resolution!} />} />}
            {record.waive_reason && <TextField source="waive_reason" sx={{ whiteSpace: 'pre-wrap' }} />}
          </FieldGrid>
        </Box>
        <Box>
          <SectionTitle label="rx.violations.sections.timeline" />
          <ViolationTimeline events={record.events ?? []} />
        </Box>
      </Box>
    </Stack>
  );
};

export const ViolationShow = () => (
  <Show actions={<ViolationActions />} title={<Title />} sx={{ '& .RaShow-card': { p: 2 } }}>
    <ViolationDetails />
  </Show>
);
