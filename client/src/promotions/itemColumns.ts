import type { PromotionType } from '../../../shared/promotions';
import { usesItemField, type ItemField } from './itemFields';

/** The order item fields appear in, on the form and on the show page. */
const COLUMN_ORDER: ItemField[] = [
  'promo_price', 'discount_pct', 'leader_price', 'group_size', 'group_window_hours', 'auto_fill_pct', 'tiers', 'stock_limit', 'per_customer_limit', 'per_order_limit',
];

/** A column of the items table: an item field, or what sold (read-only, once approved). */
export type ItemColumn = ItemField | 'sold';

/** The columns a type shows; `sold` follows the stock, or comes last for types without one. */
export function itemColumns(type: PromotionType, withSold = false): ItemColumn[] {
  const fields: ItemColumn[] = COLUMN_ORDER.filter((field) => usesItemField(type, field));
  if (!withSold) return fields;
  const stock = fields.indexOf('stock_limit');
  return stock >= 0 ? [...fields.slice(0, stock + 1), 'sold', ...fields.slice(stock + 1)] : [...fields, 'sold'];
}

/** The i18n key of a column's heading: the fixed price is named after the type ("Group price", "Flash price"). */
export const columnLabel = (type: PromotionType, field: ItemColumn) =>
  field === 'promo_price' ? `rx.promotions.price_label.${type}` : `resources.promotions.item.${field}`;
