import { describe, expect, test } from 'vitest';
import { checkObservationBatch, parseJsonBody } from '../src/modules/compliance/observation-batch-check';
import checkPostedBatch from '../src/modules/compliance/observation-batch-check.worker';

const bytes = (text: string) => new TextEncoder().encode(text);
const refusalKey = (work: () => unknown) => {
  try {
    work();
  } catch (err) {
    return (err as { key?: string }).key;
  }
  return 'accepted';
};

describe('posted observation batches, checked without the database', () => {
  test('should read a JSON object or array past a byte-order mark, and refuse any other body as the JSON parser does', () => {
    expect(parseJsonBody(bytes('\uFEFF{"observations":[]}'))).toEqual({ observations: [] });
    expect(parseJsonBody(bytes(' [1]'))).toEqual([1]);
    expect(parseJsonBody(undefined)).toBeUndefined();
    expect(parseJsonBody(new Uint8Array())).toBeUndefined();
    for (const text of ['{', '"x"', '42', 'null', 'true', '{"a":1}}']) expect(refusalKey(() => parseJsonBody(bytes(text))), text).toBe('body_not_json');
  });

  test('should check every observation, naming each bad one by its place in the batch, and keep the good ones with prices in fen', () => {
    const checked = checkObservationBatch({
      observations: [
        { sku_code: 'A-1', price: 12.34, observed_at: '2026-11-01T08:00:00+08:00', store_name: ' 甲药房 ', external_id: 'e1' },
        { sku_code: 'A-1', price: -1, observed_at: '2026-11-01T08:00:00Z', url: 'javascript:alert(1)' },
        { price: 5, observed_at: '2026-11-01T08:00:00Z' },
        { gtin: '6901234500028', price: 0.5, observed_at: '2026-11-01 08:00' },
      ],
    });
    expect(Object.keys(checked.errors).sort()).toEqual(['observations.1.price', 'observations.1.url', 'observations.2.sku_code']);
    expect(checked.observations.map((o) => [o.index, o.price, o.observed_at, o.store_name])).toEqual([
      [0, 1234, '2026-11-01T00:00:00.000Z', '甲药房'],
      [3, 50, '2026-11-01T00:00:00.000Z', null], // a time without a zone is the company's (Shanghai by default)
    ]);
    expect(refusalKey(() => checkObservationBatch({ observations: [] }))).toBe('invalid_input');
    expect(refusalKey(() => checkObservationBatch(undefined))).toBe('invalid_input');
  });

  test('should judge "the future" by the instant and zone the request gives the check thread, and hand refusals back as data', () => {
    const body = bytes(JSON.stringify({ observations: [{ sku_code: 'A-1', price: 1, observed_at: '2026-11-01 12:00' }] }));
    const before = checkPostedBatch({ bytes: body, nowMs: Date.parse('2026-11-01T00:00:00Z'), timeZone: 'Asia/Shanghai' });
    expect('checked' in before && Object.keys(before.checked.errors)).toEqual(['observations.0.observed_at']);
    const after = checkPostedBatch({ bytes: body, nowMs: Date.parse('2026-11-02T00:00:00Z'), timeZone: 'America/New_York' });
    expect('checked' in after && after.checked.observations[0].observed_at).toBe('2026-11-01T17:00:00.000Z'); // EST: summer time ended that morning
    expect(checkPostedBatch({ bytes: bytes('{'), nowMs: Date.now(), timeZone: 'Asia/Shanghai' })).toEqual({
      refused: { status: 400, key: 'body_not_json', params: {}, message: 'Request body is not valid JSON', errors: undefined },
    });
  });
});
