import { Box, Card, CardContent, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, useCreatePath, useGetList, useTranslate } from 'react-admin';
import { yuanToFen } from '../../../shared/money';
import { usePriceFormat } from '../prices/format';
import { PeriodText } from './PromotionFields';
import { lowestFixedPrice } from './PromotionItemsTable';
import { PromotionDecisionButtons } from './PromotionDecisionButtons';
import { PromotionTypeChip } from './PromotionTypeField';
import type { PromotionRecord } from './types';
import { usePeriodFormat } from './usePeriodFormat';
import { useSkuFacts, type SkuFacts } from './useSkuFacts';

interface Worst { code: string; price: number; floor: number }

/** The item furthest below its SKU's promo floor (fixed prices; a % off depends on the channel's price). */
function worstBelowFloor(promotion: PromotionRecord, facts: Map<number, SkuFacts>): Worst | null {
  let worst: Worst | null = null;
  for (const item of promotion.items) {
    const f = facts.get(item.sku_id);
    const price = lowestFixedPrice(item);
    if (!f || f.floor === null || price === null || yuanToFen(price) >= yuanToFen(f.floor)) continue;
    if (!worst || price / f.floor < worst.price / worst.floor) worst = { code: f.sku.code, price, floor: f.floor };
  }
  return worst;
}

const FloorCell = ({ promotion, facts }: { promotion: PromotionRecord; facts: Map<number, SkuFacts> }) => {
  const translate = useTranslate();
  const format = usePriceFormat();
  const worst = worstBelowFloor(promotion, facts);
  if (!worst) return <Typography variant="body2" color="text.secondary">—</Typography>;
  return (
    <Box sx={{ whiteSpace: 'nowrap' }}>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {worst.code}{' '}
        <Typography component="span" variant="body2" color="error.main" sx={{ fontWeight: 600 }}>{format.money(worst.price)}</Typography>
      </Typography>
      <Typography variant="caption" color="error.main" sx={{ display: 'block' }}>
        {translate('rx.promotions.queue.vs_floor', { floor: format.money(worst.floor), gap: format.percent((worst.price - worst.floor) / worst.floor) })}
      </Typography>
    </Box>
  );
};

/** The approvals screen's promotion queue: pending promotions, oldest submission first, decided one by one. */
export const PendingPromotions = () => {
  const translate = useTranslate();
  const format = usePeriodFormat();
  const createPath = useCreatePath();
  const { data, refetch } = useGetList<PromotionRecord>('promotions', {
    filter: { state: 'pending' }, pagination: { page: 1, perPage: 100 }, sort: { field: 'submitted_at', order: 'ASC' },
  });
  const facts = useSkuFacts((data ?? []).flatMap((p) => p.items.map((i) => i.sku_id)));
  if (!data?.length) return null;
  const heading = (key: string) => <TableCell key={key}>{translate(`rx.promotions.queue.${key}`)}</TableCell>;
  return (
    <Card variant="outlined" sx={{ mb: 2, mt: 1 }} data-testid="pending-promotions">
      <CardContent sx={{ overflowX: 'auto' }}>
        <Typography variant="h6" gutterBottom>{translate('rx.promotions.queue.title', { smart_count: data.length })}</Typography>
        <Table size="small" sx={{ '& td': { verticalAlign: 'top', px: 1 }, '& th': { px: 1, fontWeight: 600, whiteSpace: 'nowrap' } }}>
          <TableHead>
            <TableRow>
              {['promotion', 'period', 'reason', 'lowest', 'submitted'].map(heading)}
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((p) => (
              <TableRow key={p.id} data-testid={`pending-promotion-${p.id}`}>
                <TableCell sx={{ maxWidth: 260 }}>
                  <Link to={createPath({ resource: 'promotions', id: p.id, type: 'show' })} sx={{ fontWeight: 600 }}>{p.name}</Link>
                  <Box sx={{ mt: 0.5 }}><PromotionTypeChip type={p.type} /></Box>
                </TableCell>
                <TableCell><PeriodText start={p.start_at} end={p.end_at} /></TableCell>
                <TableCell>
                  {p.approval_reason && (
                    <Chip size="small" color="warning" variant="outlined" label={translate(`resources.promotions.choices.approval_reason.${p.approval_reason}`)} />
                  )}
                </TableCell>
                <TableCell><FloorCell promotion={p} facts={facts} /></TableCell>
                <TableCell sx={{ maxWidth: 170 }}>
                  <Typography variant="body2" noWrap>{p.created_by_name}</Typography>
                  <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>{format.instant(p.submitted_at)}</Typography>
                </TableCell>
                <TableCell align="right"><PromotionDecisionButtons promotion={p} onDone={refetch} /></TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
};
