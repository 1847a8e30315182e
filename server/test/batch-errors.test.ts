import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { HttpError, parseEachItem, refuseBatchWithErrors } from '../src/http/errors';

const Item = z.object({ qty: z.number().int().min(1), code: z.string().min(1) });

describe('batch items, all or nothing', () => {
  test('should keep the valid items with their place in the batch and name every bad field by its item', () => {
    const errors: Record<string, string> = {};
    const valid = parseEachItem(Item, [{ qty: 1, code: 'A' }, { qty: 0, code: '' }, 'nonsense', { qty: 2, code: 'B' }], 'lines', errors);
    expect(valid).toEqual([{ index: 0, data: { qty: 1, code: 'A' } }, { index: 3, data: { qty: 2, code: 'B' } }]);
    expect(Object.keys(errors)).toEqual(['lines.1.qty', 'lines.1.code', 'lines.2._']);
  });

  test('should refuse a batch with any item error as one 400 counting the bad items, and let a clean one through', () => {
    expect(() => refuseBatchWithErrors('ingest_invalid', {})).not.toThrow();
    try {
      refuseBatchWithErrors('ingest_invalid', { 'orders.1.qty': 'Too small', 'orders.1.code': 'Required', 'orders.4.qty': 'Too small' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(HttpError);
      expect(err).toMatchObject({ status: 400, key: 'ingest_invalid', params: { count: 2, first: 'orders.1.qty: Too small' } });
      expect(Object.keys((err as HttpError).errors!)).toHaveLength(3);
    }
  });
});
