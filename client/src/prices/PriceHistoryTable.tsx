import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { usePriceFormat } from './format';
import { PriceStatusChip } from './PriceStatusChip';
import type { PriceRecord } from './types';

const COLUMNS = ['price', 'unit_price', 'effective_from', 'effective_to', 'status', 'requested_by', 'approved_by', 'decided_at', 'reason'] as const;

/** Every price ever requested for one SKU on one channel, newest first. */
export const PriceHistoryTable = ({ prices }: { prices: readonly PriceRecord[] }) => {
  const translate = useTranslate();
  const format = usePriceFormat();
  const numeric = (column: string) => column === 'price' || column === 'unit_price';
  return (
    <Table size="small" sx={{ '& td, & th': { whiteSpace: 'nowrap', px: 1 }, '& td:last-of-type': { whiteSpace: 'normal', minWidth: 180 } }}>
      <TableHead>
        <TableRow>
          {COLUMNS.map((column) => (
            <TableCell key={column} align={numeric(column) ? 'right' : 'left'}>{translate(`rx.pricing.history.${column}`)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {[...prices].reverse().map((p) => (
          <TableRow key={p.id} sx={{ opacity: p.status === 'rejected' ? 0.6 : 1 }}>
            <TableCell align="right">{format.money(p.price)}</TableCell>
            <TableCell align="right">{format.unitMoney(p.unit_price)}</TableCell>
            <TableCell>{format.date(p.effective_from)}</TableCell>
            <TableCell>{p.effective_to ? format.date(p.effective_to) : translate('rx.pricing.history.open_ended')}</TableCell>
            <TableCell><PriceStatusChip status={p.status} /></TableCell>
            <TableCell>{p.requester_email}</TableCell>
            <TableCell>{p.approver_email ?? (p.status === 'approved' ? translate('rx.pricing.history.automatic') : '')}</TableCell>
            <TableCell>{format.dateTime(p.decided_at)}</TableCell>
            <TableCell>
              {p.reason}
              {p.decision_note && (
                <Typography component="span" variant="body2" sx={{ display: 'block', fontStyle: 'italic', color: 'text.secondary' }}>
                  {p.decision_note}
                </Typography>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
