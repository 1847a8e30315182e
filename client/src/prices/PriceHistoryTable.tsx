import { Button, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { usePriceFormat } from './format';
import { PriceStatusChip } from './PriceStatusChip';
import type { PriceRecord } from './types';

const COLUMNS = ['price', 'unit_price', 'effective_from', 'effective_to', 'status', 'requested_by', 'approved_by', 'decided_at', 'reason'] as const;

/** Where a price stops: the end the next approved price gives it (from the API), else its own end. */
const until = (p: PriceRecord) => (p.effective_end !== undefined ? p.effective_end : p.effective_to);

/** Every price ever requested for one SKU on one channel, newest first; corrections sit beside the originals. */
export const PriceHistoryTable = ({ prices, onCorrect }: { prices: readonly PriceRecord[]; onCorrect?: (price: PriceRecord) => void }) => {
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
          {onCorrect && <TableCell />}
        </TableRow>
      </TableHead>
      <TableBody>
        {[...prices].reverse().map((p) => (
          <TableRow key={p.id} sx={{ opacity: p.status === 'rejected' ? 0.6 : 1, bgcolor: p.kind === 'correction' ? 'action.hover' : undefined }}>
            <TableCell align="right">{format.money(p.price)}</TableCell>
            <TableCell align="right">{format.unitMoney(p.unit_price)}</TableCell>
            <TableCell>{format.date(p.effective_from)}</TableCell>
            <TableCell>{until(p) ? format.date(until(p)) : translate('rx.pricing.history.open_ended')}</TableCell>
            <TableCell>
              <PriceStatusChip status={p.status} />
              {p.kind === 'correction' && (
                <Chip size="small" color="info" variant="outlined" sx={{ ml: 0.5 }}
                  label={p.corrects_id ? translate('rx.pricing.history.correction_of', { id: p.corrects_id }) : translate('rx.pricing.history.correction')} />
              )}
            </TableCell>
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
            {onCorrect && (
              <TableCell>
                {p.status === 'approved' && p.kind !== 'correction' && (
                  <Button size="small" onClick={() => onCorrect(p)}>{translate('rx.pricing.history.correct')}</Button>
                )}
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
