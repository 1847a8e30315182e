import { scopeAllows } from '../../../shared/pricing';
import type { MatrixChannel, MatrixRow, PriceView } from './types';

export const cellKey = (skuId: number, channelId: number) => `${skuId}:${channelId}`;

/** False when the SKU's channel scope keeps it off this channel (an online-only pack on a pharmacy chain). */
export const allowedOn = (row: MatrixRow, channel: MatrixChannel) => scopeAllows(row.channel_scope, channel.type);

export const canEditCell = (row: MatrixRow | undefined, channel: MatrixChannel, view: PriceView, mayEdit: boolean) =>
  !!row && mayEdit && view === 'box' && allowedOn(row, channel);

/** Shown value: the draft if any, else the price in force, per box or per unit. */
export function displayedPrice(row: MatrixRow, channelId: number, view: PriceView, draft?: number): number | null {
  const cell = row.cells[channelId];
  if (draft !== undefined) return view === 'box' ? draft : roundUnit(draft / row.units_per_pack);
  if (!cell) return null;
  return view === 'box' ? cell.price : cell.unit_price;
}

export function belowControl(row: MatrixRow, value: number | null, view: PriceView): boolean {
  if (value === null || row.control_price === null) return false;
  const control = view === 'box' ? row.control_price : row.control_price / row.units_per_pack;
  return value < control - 1e-9;
}

const roundUnit = (yuan: number) => Math.round(yuan * 10000) / 10000;
