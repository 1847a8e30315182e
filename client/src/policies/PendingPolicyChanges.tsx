import { Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, useCreatePath, useGetList, useTranslate } from 'react-admin';
import { usePriceFormat } from '../prices/format';
import type { PolicyRecord } from './api';
import { PolicyDecisionButtons } from './PolicyDecisionButtons';

/** The approvals screen's second queue: lowerings of control prices and promotion floors held for a manager. */
export const PendingPolicyChanges = () => {
  const translate = useTranslate();
  const format = usePriceFormat();
  const createPath = useCreatePath();
  const { data, refetch } = useGetList<PolicyRecord>('price-policies', {
    filter: { pending: true }, pagination: { page: 1, perPage: 100 }, sort: { field: 'updated_at', order: 'ASC' },
  });
  if (!data?.length) return null;
  const values = (p: { control_price: number; promo_floor_price: number }) => `${format.money(p.control_price)} / ${format.money(p.promo_floor_price)}`;
  return (
    <Card variant="outlined" sx={{ mb: 2, mt: 1 }}>
      <CardContent sx={{ overflowX: 'auto' }}>
        <Typography variant="h6" gutterBottom>{translate('rx.policies.queue_title', { smart_count: data.length })}</Typography>
        <Table size="small">
          <TableHead>
            <TableRow>
              {['sku', 'current', 'proposed', 'requested_by'].map((c) => <TableCell key={c}>{translate(`rx.policies.queue.${c}`)}</TableCell>)}
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((policy) => (
              <TableRow key={policy.id}>
                <TableCell>
                  <Link to={createPath({ resource: 'skus', id: policy.sku_id, type: 'show' })}>{policy.sku_code}</Link>
                  <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>{policy.sku_name}</Typography>
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{values(policy)}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap', color: 'error.main', fontWeight: 600 }}>{values(policy.pending_change!)}</TableCell>
                <TableCell>
                  {policy.pending_change!.requested_by_email}
                  <Typography variant="caption" color="text.secondary" sx={{ display: 'block', whiteSpace: 'nowrap' }}>
                    {format.dateTime(policy.pending_change!.requested_at)}
                  </Typography>
                </TableCell>
                <TableCell><PolicyDecisionButtons policy={policy} onDone={refetch} /></TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
};
