import { englishMessage, msg } from '../../../../shared/validation-messages';
import { inList } from '../../db/dialect';
import { readerOf, type Db } from '../../db/knex';
import { refuseBatchWithErrors } from '../../http/errors';
import type { KeyChannel } from '../ingest/api-keys';
import { prepareObservations, recordObservations, type NewObservation } from './observation-writer';
import type { ObservationBatchCheck } from './observation-batch-check';
import { loadSkuLookup, skuOf } from './sku-resolver';

/**
 * `POST /api/ingest/observations`: a price-watch script's batch (up to 10,000) for the key's channel,
 * all or nothing. Every observation is checked first (any error: 400 naming each bad one by index and
 * field, nothing written); then all are stored and judged in one transaction. Idempotent on
 * `external_id`: one already stored is counted as unchanged. `checked` is the batch as the check
 * thread read it (`checkObservationBatch`): what remains to check needs the database.
 */
export async function ingestObservations(db: Db, channel: KeyChannel, checked: ObservationBatchCheck): Promise<{ created: number; unchanged: number }> {
  const { errors } = checked;
  const sellers = new Set<number>();
  const evidence = new Set<number>();
  const prepared: NewObservation[] = checked.observations.map((o) => {
    if (o.seller_id !== null) sellers.add(o.seller_id);
    if (o.evidence_id !== null) evidence.add(o.evidence_id);
    return {
      channel_id: channel.id, sku_id: 0, seller_id: o.seller_id, store_name: o.store_name, shop_id: o.shop_id, price: o.price,
      observed_at: o.observed_at, url: o.url, evidence_id: o.evidence_id, source: 'api', external_id: o.external_id,
    };
  });
  const skuNames = checked.observations;
  const reader = readerOf(db);
  const lookup = await loadSkuLookup(reader, channel.org_id);
  skuNames.forEach((named, k) => {
    const skuId = skuOf(lookup, named);
    if (skuId === undefined) errors[`observations.${named.index}.${named.sku_id !== null ? 'sku_id' : 'sku_code'}`] = englishMessage(msg('sku_unknown'));
    else prepared[k].sku_id = skuId;
  });
  await checkReferences(reader, channel, prepared, skuNames.map((n) => n.index), sellers, evidence, errors);
  refuseBatchWithErrors('ingest_observations_invalid', errors);
  // What is new and what the rules need are read before the write, on the read pool: the writer is held only to write.
  const reading = await prepareObservations(reader, channel.org_id, prepared);
  const result = await db.transaction((trx) => recordObservations(trx, channel.org_id, prepared, { userId: null, email: `api:${channel.code}` }, reading));
  return { created: result.created.length, unchanged: result.unchanged };
}

/** Sellers must be the channel's own and evidence files the company's: a key never reaches another tenant's rows. */
async function checkReferences(db: Db, channel: KeyChannel, prepared: NewObservation[], positions: number[], sellers: Set<number>, evidence: Set<number>, errors: Record<string, string>) {
  const okSellers = new Set(sellers.size ? (await db('sellers').where({ org_id: channel.org_id, channel_id: channel.id }).andWhere(inList(db, 'id', [...sellers], 'integer')).pluck('id')).map(Number) : []);
  const okEvidence = new Set(evidence.size ? (await db('evidence_files').where('org_id', channel.org_id).andWhere(inList(db, 'id', [...evidence], 'integer')).pluck('id')).map(Number) : []);
  prepared.forEach((o, k) => {
    const i = positions[k]; // its place in the batch as sent
    if (o.seller_id !== null && !okSellers.has(o.seller_id)) errors[`observations.${i}.seller_id`] = englishMessage(msg('seller_not_found'));
    if (o.evidence_id !== null && !okEvidence.has(o.evidence_id)) errors[`observations.${i}.evidence_id`] = englishMessage(msg('evidence_not_found'));
  });
}
