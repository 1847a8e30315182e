import { Box, Chip, Paper, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import type { PromotionRecord } from './types';
import { usePeriodFormat } from './usePeriodFormat';

const Step = ({ label, children }: { label: string; children: ReactNode }) => (
  <Box sx={{ mb: 1.25 }}>
    <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>{label}</Typography>
    <Typography variant="body2" component="div">{children}</Typography>
  </Box>
);

/** Who wrote, submitted and decided the promotion, when, why it needed a manager and what they said. */
export const WorkflowPanel = () => {
  const record = useRecordContext<PromotionRecord>();
  const translate = useTranslate();
  const format = usePeriodFormat();
  const createPath = useCreatePath();
  if (!record) return null;
  const who = (name: string | null, at: string | null) => [name, format.instant(at)].filter(Boolean).join(' · ');
  const submitter = record.submitted_by_name;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="promotion-workflow">
      <Typography variant="subtitle2" sx={{ mb: 1 }}>{translate('rx.promotions.workflow.title')}</Typography>
      <Step label={translate('rx.promotions.workflow.created')}>{who(record.created_by_name, record.created_at)}</Step>
      {record.duplicated_from && (
        <Step label={translate('rx.promotions.workflow.duplicated_from')}>
          <Link to={createPath({ resource: 'promotions', id: record.duplicated_from, type: 'show' })}>#{record.duplicated_from}</Link>
        </Step>
      )}
      {record.submitted_at && <Step label={translate('rx.promotions.workflow.submitted')}>{who(submitter, record.submitted_at)}</Step>}
      {record.approval_reason && (
        <Step label={translate('resources.promotions.fields.approval_reason')}>
          <Chip size="small" color="warning" variant="outlined" label={translate(`resources.promotions.choices.approval_reason.${record.approval_reason}`)} />
        </Step>
      )}
      {record.decided_at && (
        <Step label={translate(record.status === 'rejected' ? 'rx.promotions.workflow.rejected' : 'rx.promotions.workflow.approved')}>
          {who(record.decided_by_name ?? (record.decided_by ? null : translate('rx.promotions.workflow.automatic')), record.decided_at)}
          {record.decision_note && <Box sx={{ fontStyle: 'italic', mt: 0.5 }}>“{record.decision_note}”</Box>}
        </Step>
      )}
    </Paper>
  );
};
