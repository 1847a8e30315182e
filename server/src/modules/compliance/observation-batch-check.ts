import { IngestObservation, IngestObservationBatch } from '../../../../shared/compliance-schemas';
import { yuanToFen } from '../../../../shared/money';
import { apiError, parseEachItem, parseOr400 } from '../../http/errors';
import type { NewObservation } from './observation-writer';

/** One observation of a posted batch that passed its checks, price in fen; `index` is its place in the batch as sent. */
export type CheckedObservation = Omit<NewObservation, 'channel_id' | 'sku_id' | 'source'> & {
  index: number;
  /** The SKU as named: resolved to an id against the catalogue afterwards. */
  sku_id: number | null;
  sku_code: string | null;
  gtin: string | null;
};

export interface ObservationBatchCheck {
  observations: CheckedObservation[];
  /** `observations.<index>.<field>`: English message, for every observation that failed. */
  errors: Record<string, string>;
}

const UTF8 = new TextDecoder('utf-8');

/**
 * A request body as `express.json` reads it: UTF-8 (a leading BOM, as Windows tools write it, is
 * skipped), an object or an array at the top; anything else is the same 400 its parser gives.
 */
export function parseJsonBody(bytes: Uint8Array | undefined): unknown {
  if (!bytes?.length) return undefined;
  const text = UTF8.decode(bytes); // the decoder drops a leading BOM
  const first = /\S/.exec(text)?.[0];
  if (first !== '{' && first !== '[') throw apiError(400, 'body_not_json');
  try {
    return JSON.parse(text);
  } catch {
    throw apiError(400, 'body_not_json');
  }
}

/**
 * Every check of a posted batch that needs no database: its shape (a 400 for the whole batch), then
 * each observation's fields, collecting the errors of all of them rather than stopping at the first.
 */
export function checkObservationBatch(body: unknown): ObservationBatchCheck {
  const batch = parseOr400(IngestObservationBatch, body);
  const errors: Record<string, string> = {};
  const observations = parseEachItem(IngestObservation, batch.observations, 'observations', errors).map(({ index, data: o }): CheckedObservation => ({
    index, sku_id: o.sku_id, sku_code: o.sku_code, gtin: o.gtin, seller_id: o.seller_id, store_name: o.store_name, shop_id: o.shop_id,
    price: yuanToFen(o.price), observed_at: o.observed_at, url: o.url, evidence_id: o.evidence_id, external_id: o.external_id,
  }));
  return { observations, errors };
}
