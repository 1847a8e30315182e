import { fenToYuan } from '../../../../shared/money';

type Row = Record<string, unknown>;

const yuan = (fen: unknown) => (fen == null ? null : fenToYuan(Number(fen)));

/** channel_prices row → API record: yuan, plus the per-unit price (yuan, 4 decimals). */
export function toPriceRecord(row: Row, unitsPerPack: number): Row {
  const { org_id: _org, import_key: _key, units_per_pack: _units, control_price, current_price, ...rest } = row;
  const record: Row = {
    ...rest,
    price: yuan(row.price),
    unit_price: Math.round((Number(row.price) / unitsPerPack) * 100) / 10000,
    units_per_pack: unitsPerPack,
  };
  if (control_price !== undefined) record.control_price = yuan(control_price);
  if (current_price !== undefined) record.current_price = yuan(current_price);
  return record;
}
