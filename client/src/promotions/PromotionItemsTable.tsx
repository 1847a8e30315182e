import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { yuanToFen } from '../../../shared/money';
import { isBelowFloor, lowestCharged, type PromotionType } from '../../../shared/promotions';
import { usePriceFormat } from '../prices/format';
import { columnLabel, itemColumns, type ItemColumn } from './itemColumns';
import type { PromotionItemRecord, PromotionRecord } from './types';
import { useSkuFacts } from './useSkuFacts';

const fenOrNull = (yuan: number | null) => (yuan === null ? null : yuanToFen(yuan));

/** The lowest fixed price an item charges (a % off is shown as such), in yuan. */
export function lowestFixedPrice(item: PromotionItemRecord): number | null {
  const fen = lowestCharged({
    promo_price: fenOrNull(item.promo_price), discount_pct: null, leader_price: fenOrNull(item.leader_price),
    tiers: item.tiers?.map((t) => ({ min_qty: t.min_qty, unit_price: yuanToFen(t.unit_price) })) ?? null,
  }, null);
  return fen === null ? null : fen / 100;
}

/** A promotion's SKUs, read-only, with the columns its type uses, what sold, and each SKU's floor. */
export const PromotionItemsTable = () => {
  const record = useRecordContext<PromotionRecord>();
  const translate = useTranslate();
  const format = usePriceFormat();
  const createPath = useCreatePath();
  const facts = useSkuFacts(record?.items.map((i) => i.sku_id) ?? []);
  if (!record) return null;
  const type = record.type as PromotionType;
  const columns = itemColumns(type, record.status === 'approved' || record.items.some((i) => i.sold > 0));
  const value = (item: PromotionItemRecord, column: ItemColumn) => {
    switch (column) {
      case 'promo_price':
      case 'leader_price':
        return format.money(item[column]);
      case 'discount_pct':
      case 'auto_fill_pct':
        return item[column] === null ? '' : `${item[column]}%`;
      case 'tiers':
        return (item.tiers ?? []).map((t) => (
          <Box key={t.min_qty} sx={{ whiteSpace: 'nowrap' }}>{translate('rx.promotions.tier_text', { qty: t.min_qty, price: format.money(t.unit_price) })}</Box>
        ));
      case 'sold':
        return item.sold;
      default:
        return item[column];
    }
  };
  const shown = (item: PromotionItemRecord, column: ItemColumn) => {
    const v = value(item, column);
    return v === null || v === '' || (Array.isArray(v) && !v.length) ? <Typography component="span" color="text.disabled">—</Typography> : v;
  };
  return (
    <Box sx={{ overflowX: 'auto', width: 0, minWidth: '100%' }}>
      <Table size="small" data-testid="promotion-items-show" sx={{ '& td, & th': { px: 0.75 }, '& th': { fontWeight: 600, lineHeight: 1.25, verticalAlign: 'bottom' } }}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.promotions.item.sku_id')}</TableCell>
            <TableCell align="right">{translate('resources.promotions.item.floor')}</TableCell>
            {columns.map((c) => <TableCell key={c} align={c === 'tiers' ? 'left' : 'right'}>{translate(columnLabel(type, c))}</TableCell>)}
          </TableRow>
        </TableHead>
        <TableBody>
          {record.items.map((item) => {
            const f = facts.get(item.sku_id);
            const lowest = lowestFixedPrice(item);
            const below = lowest !== null && f?.floor != null && isBelowFloor(yuanToFen(lowest), yuanToFen(f.floor));
            return (
              <TableRow key={item.sku_id} sx={{ '& td': { verticalAlign: 'top' } }}>
                <TableCell sx={{ maxWidth: 230 }}>
                  <Link to={createPath({ resource: 'skus', id: item.sku_id, type: 'show' })} sx={{ fontWeight: 600 }}>{f?.sku.code ?? `#${item.sku_id}`}</Link>
                  {f?.rxClass === 'rx' && <Chip label="Rx" size="small" color="error" variant="outlined" sx={{ ml: 1, height: 18, fontSize: 11 }} />}
                  <Typography variant="caption" color="text.secondary" noWrap sx={{ display: 'block' }} title={f?.sku.name}>{f?.sku.name}</Typography>
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap', color: below ? 'warning.dark' : undefined, fontWeight: below ? 600 : undefined }}>
                  {f?.floor != null ? format.money(f.floor) : '—'}
                  {below && <Typography variant="caption" sx={{ display: 'block' }}>{translate('rx.promotions.below_floor_short')}</Typography>}
                </TableCell>
                {columns.map((c) => <TableCell key={c} align={c === 'tiers' ? 'left' : 'right'} sx={{ whiteSpace: 'nowrap' }}>{shown(item, c)}</TableCell>)}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
};
