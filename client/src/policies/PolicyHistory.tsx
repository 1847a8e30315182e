import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { usePriceFormat } from '../prices/format';
import { policyApi, type PolicyAuditEntry } from './api';

/** What an audit entry did to the policy, as one translated word. */
function actionOf(entry: PolicyAuditEntry): string {
  if (entry.action !== 'update') return entry.action;
  if (entry.after?.decision) return entry.after.decision;
  if (entry.after?.pending_change && !entry.before?.pending_change) return 'held';
  return 'updated';
}

/** The policy's audit trail: every edit, every held lowering and every decision, newest first. */
export const PolicyHistory = ({ policyId, version }: { policyId: number; version: number }) => {
  const translate = useTranslate();
  const format = usePriceFormat();
  const { data } = useQuery({ queryKey: ['policy-history', policyId, version], queryFn: () => policyApi.history(policyId) });
  if (!data) return null;
  if (!data.length) return <Typography color="text.secondary">{translate('rx.policies.history_empty')}</Typography>;
  const values = (p: Partial<{ control_price: number; promo_floor_price: number }> | null | undefined) =>
    p ? `${format.money(p.control_price)} / ${format.money(p.promo_floor_price)}` : '—';
  return (
    <Table size="small" aria-label={translate('rx.policies.history_title')}>
      <TableHead>
        <TableRow>
          {['at', 'by', 'action', 'before', 'after', 'note'].map((c) => <TableCell key={c}>{translate(`rx.policies.history.${c}`)}</TableCell>)}
        </TableRow>
      </TableHead>
      <TableBody>
        {data.map((entry) => {
          const action = actionOf(entry);
          const proposed = action === 'held' ? entry.after?.pending_change : null;
          return (
            <TableRow key={entry.id}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{format.dateTime(entry.at)}</TableCell>
              <TableCell>{entry.user_email}</TableCell>
              <TableCell>
                {translate(`rx.policies.history.actions.${action}`)}
                {entry.after?.self_approved && (
                  <Typography component="span" variant="caption" color="warning.main" sx={{ display: 'block' }}>
                    {translate('rx.policies.history.self_approved')}
                  </Typography>
                )}
              </TableCell>
              <TableCell>{values(entry.before)}</TableCell>
              <TableCell>{proposed ? translate('rx.policies.history.proposed', { values: values(proposed) }) : values(entry.after)}</TableCell>
              <TableCell>{entry.after?.decision_note ?? ''}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};
