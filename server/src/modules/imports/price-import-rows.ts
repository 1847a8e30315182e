import { gtinKey } from '../../../../shared/identifiers';
import type { ServiceContext } from '../../http/context';
import { nowIso } from '../../http/context';
import { apiError } from '../../http/errors';
import { Instant, Money } from '../../../../shared/fields';
import { renderServerMessage, type MessageParams, type ServerMessageKey } from '../../../../shared/server-messages';
import type { ImportLayout, PriceImportMapping } from '../../../../shared/pricing-schemas';
import { scopeAllows } from '../../../../shared/pricing';
import { parseYuanText, yuanToFen } from '../../../../shared/money';
import { exportLabelCatalogues } from '../../../../shared/export-labels';
import type { PriceRequestInput } from '../pricing/price-requests';
import { inForcePrices } from '../pricing/in-force';

/** A row's problem: a message key and params the client shows in the user's language; `message` is the English. */
export interface RowError { row: number; field: string; key: ServerMessageKey; params: MessageParams; message: string }

export type ResolvedRequest = PriceRequestInput & { row: number; sku_code: string; channel_code: string; channel_name: string; current_price: number | null };

/** What one sheet row amounts to: the requests it makes, the cells that change nothing, and its errors. */
export interface ResolvedRow { requests: ResolvedRequest[]; unchanged: number; errors: RowError[] }

interface ChannelRef { id: number; code: string; name: string; type: 'online' | 'offline' }

const labelsOf = (key: 'code' | 'channel' | 'price' | 'effective_from') =>
  Object.values(exportLabelCatalogues).map((c) => (c as Record<string, string>)[key].toLowerCase());

/** Header names staff use for each field, in English and Chinese, and the ones our own sheets write. */
const ALIASES: Record<'sku' | 'channel' | 'price' | 'effective_from', string[]> = {
  sku: ['sku', 'sku code', 'sku_code', 'code', 'gtin', 'barcode', 'sku编码', '商品编码', '条码', '编码', ...labelsOf('code')],
  channel: ['channel', 'channel code', 'channel_code', '渠道', '渠道编码', ...labelsOf('channel')],
  price: ['price', 'channel price', '价格', '渠道价', '售价', '单价', ...labelsOf('price')],
  effective_from: ['effective from', 'effective_from', 'effective date', 'from', '生效日期', '生效时间', ...labelsOf('effective_from')],
};

const keyOf = (text: string) => text.trim().toLowerCase();

export interface SuggestedMapping {
  layout: ImportLayout;
  sku: string | null;
  channel: string | null;
  price: string | null;
  effective_from: string | null;
  channel_columns: string[];
}

/** Columns of a wide sheet that name one of the tenant's channels (by name or code). */
export function channelColumnsOf(headers: string[], channels: Pick<ChannelRef, 'code' | 'name'>[]): string[] {
  const known = new Set(channels.flatMap((c) => [keyOf(c.name), keyOf(c.code)]));
  return headers.filter((h) => known.has(keyOf(h)));
}

/**
 * Guesses the layout and the column for each field. Long when the sheet has a channel and a price
 * column; wide (the matrix export: a column per channel) when columns are named after channels.
 */
export function suggestMapping(headers: string[], channels: Pick<ChannelRef, 'code' | 'name'>[] = []): SuggestedMapping {
  const normalized = headers.map(keyOf);
  const find = (field: keyof typeof ALIASES) => headers[normalized.findIndex((h) => ALIASES[field].includes(h))] ?? null;
  const [sku, channel, price, effective_from] = [find('sku'), find('channel'), find('price'), find('effective_from')];
  const channelColumns = channelColumnsOf(headers, channels).filter((h) => h !== sku && h !== effective_from);
  const layout: ImportLayout = !(channel && price) && channelColumns.length ? 'wide' : 'long';
  return { layout, sku, channel, price, effective_from, channel_columns: layout === 'wide' ? channelColumns : [] };
}

/** Cell text → yuan; NaN (refused by Money) when not an unambiguous amount. */
const parsePrice = (text: string) => parseYuanText(text) ?? Number.NaN;

/**
 * Loads the tenant's SKUs, channels and prices in force once; then checks rows one at a time (row
 * numbers as in the sheet, header = 1). A cell equal to the price in force now is no change, even
 * where a pending or scheduled change exists, so an unchanged export imported back changes nothing.
 * In the wide layout blank cells and cells the SKU's scope forbids are skipped, not errors.
 */
export async function rowResolver(ctx: ServiceContext, headers: string[], mapping: PriceImportMapping) {
  const col = (name: string | null | undefined) => {
    if (!name) return -1;
    const index = headers.indexOf(name);
    if (index < 0) throw apiError(400, 'import_unknown_column', { column: name }, { mapping: `Unknown column ${name}` });
    return index;
  };
  const [skuCol, fromCol] = [col(mapping.sku), col(mapping.effective_from)];

  const skus = await ctx.db('skus').where('org_id', ctx.user.orgId).select('id', 'code', 'gtin', 'channel_scope');
  const skuByKey = new Map<string, { id: number; code: string; channel_scope: 'online' | 'offline' | 'all' }>();
  for (const s of skus) {
    skuByKey.set(s.code.toLowerCase(), s);
    if (s.gtin) skuByKey.set(s.gtin, s);
  }
  const channels: ChannelRef[] = await ctx.db('channels').where('org_id', ctx.user.orgId).select('id', 'code', 'name', 'type');
  // Staff write channels by code or by name (京东自营旗舰店), as the matrix export heads its columns.
  const channelByKey = new Map<string, ChannelRef>();
  for (const c of channels) channelByKey.set(keyOf(c.name), c);
  for (const c of channels) channelByKey.set(keyOf(c.code), c);

  const inForce = new Map<string, number>();
  for (const p of await inForcePrices(ctx.db, ctx.user.orgId, nowIso()).select('ranked.sku_id', 'ranked.channel_id', 'ranked.price')) {
    inForce.set(`${p.sku_id}:${p.channel_id}`, Number(p.price));
  }

  const wide = mapping.layout === 'wide';
  const wideColumns = wide
    ? (mapping.channel_columns ?? channelColumnsOf(headers, channels)).map((name) => {
      const channel = channelByKey.get(keyOf(name));
      if (!channel) throw apiError(400, 'import_unknown_channel_column', { column: name }, { channel_columns: `No channel is named ${name}` });
      return { index: col(name), header: name, channel };
    })
    : [];
  if (wide && !wideColumns.length) throw apiError(400, 'import_no_channel_columns', {}, { channel_columns: 'No column is named after a channel' });
  const [channelCol, priceCol] = wide ? [-1, -1] : [col(mapping.channel), col(mapping.price)];
  const seenCells = new Map<string, { row: number; price: number }>();

  return (cells: string[], row: number): ResolvedRow => {
    const out: ResolvedRow = { requests: [], unchanged: 0, errors: [] };
    const fail = (field: string, key: ServerMessageKey, params: MessageParams) =>
      out.errors.push({ row, field, key, params, message: renderServerMessage('en', key, params) ?? key });
    const text = (index: number) => (index >= 0 ? cells[index]?.trim() ?? '' : '');
    const sku = skuByKey.get(text(skuCol).toLowerCase()) ?? skuByKey.get(gtinKey(text(skuCol)));
    if (!sku) fail('sku', 'import_row_sku_unknown', { value: text(skuCol) });
    const from = Instant.safeParse(fromCol >= 0 && cells[fromCol] ? cells[fromCol] : mapping.default_effective_from ?? '');

    /** One cell: a request, no change, or an error on `field`. */
    const take = (channel: ChannelRef | undefined, priceText: string, field: string) => {
      const price = Money.safeParse(parsePrice(priceText));
      if (!price.success || priceText === '') return fail(field, 'import_row_price', { value: priceText });
      if (!sku || !channel || !from.success) return;
      const current = inForce.get(`${sku.id}:${channel.id}`);
      if (current === yuanToFen(price.data)) {
        out.unchanged++;
        return;
      }
      const cellKey = `${sku.id}:${channel.id}:${from.data}`;
      const seen = seenCells.get(cellKey);
      if (seen && seen.price !== price.data) return fail(field, 'import_row_conflict', { other: seen.row });
      seenCells.set(cellKey, { row, price: price.data });
      out.requests.push({
        row, sku_id: sku.id, channel_id: channel.id, price: price.data, effective_from: from.data, reason: mapping.reason,
        sku_code: sku.code, channel_code: channel.code, channel_name: channel.name, current_price: current === undefined ? null : current / 100,
      });
    };

    if (wide) {
      for (const { index, header, channel } of wideColumns) {
        const priceText = text(index);
        if (priceText === '' || (sku && !scopeAllows(sku.channel_scope, channel.type))) continue;
        take(channel, priceText, header);
      }
    } else {
      const channel = channelByKey.get(keyOf(text(channelCol)));
      const outOfScope = sku && channel && !scopeAllows(sku.channel_scope, channel.type);
      if (!channel) fail('channel', 'import_row_channel_unknown', { value: text(channelCol) });
      else if (outOfScope) fail('channel', sku.channel_scope === 'online' ? 'import_row_online_only' : 'import_row_offline_only', { sku: sku.code, channel: channel.name });
      take(outOfScope ? undefined : channel, text(priceCol), 'price');
    }
    if (!from.success) fail('effective_from', 'import_row_date', { value: text(fromCol) });
    if (out.errors.length) out.requests = [];
    return out;
  };
}
