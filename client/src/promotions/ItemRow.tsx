import DeleteIcon from '@mui/icons-material/DeleteOutline';
import { Box, Chip, IconButton, TableCell, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { yuanToFen } from '../../../shared/money';
import { isBelowFloor, lowestCharged, type PromotionType, type Rounding } from '../../../shared/promotions';
import { usePriceFormat } from '../prices/format';
import { CellIntegerInput, CellMoneyInput, CellPercentInput } from './CellInputs';
import { FormErrorText } from './FormErrorText';
import { itemPayload, type ItemValues } from './formValues';
import type { ItemColumn } from './itemColumns';
import { TiersEditor } from './TiersEditor';
import type { SkuFacts } from './useSkuFacts';

interface Props {
  index: number;
  type: PromotionType;
  columns: ItemColumn[];
  facts: SkuFacts | undefined;
  /** Consumer channels of the promotion this SKU may not be promoted on (it is Rx). */
  rxRefusedOn: string[];
  onRemove(): void;
}

const fen = (yuan: unknown) => (typeof yuan === 'number' && Number.isFinite(yuan) ? yuanToFen(yuan) : null);

/** The lowest price the row charges (a % off taken from the guide price), in fen: what the floor rule compares. */
function lowestFen(type: PromotionType, item: ItemValues, guide: number | undefined, rounding: Rounding): number | null {
  const sent = itemPayload(type, item);
  const tiers = Array.isArray(sent.tiers) ? (sent.tiers as { min_qty: unknown; unit_price: unknown }[]).flatMap((t) => {
    const price = fen(t.unit_price);
    return price === null ? [] : [{ min_qty: Number(t.min_qty) || 0, unit_price: price }];
  }) : null;
  return lowestCharged(
    { promo_price: fen(sent.promo_price), discount_pct: typeof sent.discount_pct === 'number' ? sent.discount_pct : null, leader_price: fen(sent.leader_price), tiers },
    guide === undefined ? null : yuanToFen(guide),
    rounding,
  );
}

const SkuCell = ({ index, facts, rxRefusedOn, belowFloor }: { index: number; facts?: SkuFacts; rxRefusedOn: string[]; belowFloor: boolean }) => {
  const translate = useTranslate();
  const format = usePriceFormat();
  const skuId = useWatch({ name: `items.${index}.sku_id` }) as number | null;
  return (
    <Box sx={{ minWidth: 170, maxWidth: 260 }}>
      <Typography variant="body2" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
        {facts?.sku.code ?? (skuId ? `#${skuId}` : '—')}
        {facts?.rxClass === 'rx' && <Chip label="Rx" size="small" color="error" variant="outlined" sx={{ ml: 1, height: 18, fontSize: 11 }} />}
      </Typography>
      <Typography variant="caption" color="text.secondary" noWrap sx={{ display: 'block' }} title={facts?.sku.name}>{facts?.sku.name}</Typography>
      {facts && (
        <Typography variant="caption" sx={{ display: 'block', color: belowFloor ? 'warning.dark' : 'text.secondary' }} data-testid={`floor-${index}`}>
          {facts.floor === null
            ? translate('rx.promotions.no_floor', { guide: format.money(facts.sku.guide_price) })
            : translate(belowFloor ? 'rx.promotions.below_floor' : 'rx.promotions.floor', { floor: format.money(facts.floor), guide: format.money(facts.sku.guide_price) })}
        </Typography>
      )}
      {rxRefusedOn.length > 0 && (
        <Typography variant="caption" color="error" sx={{ display: 'block' }}>
          {translate('rx.promotions.rx_row', { channels: rxRefusedOn.join('、') })}
        </Typography>
      )}
      <FormErrorText name={`items.${index}.sku_id`} />
    </Box>
  );
};

/** One SKU of the promotion: its fixed facts, the inputs its type uses, and what already sold. */
export const ItemRow = ({ index, type, columns, facts, rxRefusedOn, onRemove }: Props) => {
  const translate = useTranslate();
  const item = useWatch({ name: `items.${index}` }) as ItemValues | undefined;
  const rounding = (useWatch({ name: 'rounding' }) ?? 'fen') as Rounding;
  if (!item) return null;
  const lowest = lowestFen(type, item, facts?.sku.guide_price, rounding);
  const belowFloor = lowest !== null && facts?.floor != null && isBelowFloor(lowest, yuanToFen(facts.floor));
  const source = (field: string) => `items.${index}.${field}`;
  const cell = (field: ItemColumn) => {
    switch (field) {
      case 'sold':
        return <Typography variant="body2" sx={{ pt: 1, pr: 1, textAlign: 'right' }} data-testid={`sold-${index}`}>{item.sold ?? 0}</Typography>;
      case 'promo_price':
        return <CellMoneyInput source={source(field)} disabled={type === 'limited_discount' && item.discount_pct != null} />;
      case 'leader_price':
        return <CellMoneyInput source={source(field)} />;
      case 'discount_pct':
        return <CellPercentInput source={source(field)} max={99} disabled={item.promo_price != null} />;
      case 'auto_fill_pct':
        return <CellPercentInput source={source(field)} />;
      case 'group_size':
        return <CellIntegerInput source={source(field)} min={2} max={100} />;
      case 'tiers':
        return <TiersEditor index={index} />;
      default:
        return <CellIntegerInput source={source(field)} />;
    }
  };
  return (
    <TableRow data-testid={`item-row-${index}`} sx={{ '& td': { verticalAlign: 'top', py: 1, px: 0.5 } }}>
      <TableCell sx={{ color: 'text.secondary', pt: '14px !important' }}>{index + 1}</TableCell>
      <TableCell><SkuCell index={index} facts={facts} rxRefusedOn={rxRefusedOn} belowFloor={belowFloor} /></TableCell>
      {columns.map((field) => (
        <TableCell key={field}>{cell(field)}</TableCell>
      ))}
      <TableCell>
        <IconButton size="small" onClick={onRemove} aria-label={translate('ra.action.remove')} title={translate('ra.action.remove')}>
          <DeleteIcon fontSize="small" />
        </IconButton>
      </TableCell>
    </TableRow>
  );
};
