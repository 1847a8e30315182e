import type { ServiceContext } from '../../http/context';
import { fenToYuan } from '../../../../shared/money';
import { notify } from './service';

interface DecidedRequest {
  requested_by: number | null;
  price: number | string;
  sku_code: string;
  channel_name: string;
}

/** Tells the requester how a manager decided; call inside the decide transaction. */
export async function notifyPriceDecision(ctx: ServiceContext, request: DecidedRequest, decision: 'approved' | 'rejected', note?: string | null) {
  if (request.requested_by == null || request.requested_by === ctx.user.userId) return;
  const params = { sku: request.sku_code, channel: request.channel_name, price: fenToYuan(Number(request.price)).toFixed(2) };
  await notify(ctx, [request.requested_by], decision === 'approved'
    ? { kind: 'price_request', key: 'price_request_approved', params, link: priceLink(request.sku_code) }
    : { kind: 'price_request', key: 'price_request_rejected', params: { ...params, note: note ?? '' }, link: priceLink(request.sku_code) });
}

/** The price matrix searched for the SKU, where its history opens from the cell. */
const priceLink = (skuCode: string) => `/price-matrix?q=${encodeURIComponent(skuCode)}`;
