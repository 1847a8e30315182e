import { describe, expect, test } from 'vitest';
import { changePreview } from './changePreview';
import type { DraftChange } from './types';

const draft = (over: Partial<DraftChange>): DraftChange => ({
  sku_id: 1, channel_id: 1, price: 10, sku_code: 'A', channel_name: 'JD', current_price: 10, control_price: 8, ...over,
});

describe('changePreview', () => {
  test('should flag a +963% typo as a large change waiting for a manager, listed first', () => {
    const [first, second] = changePreview([draft({ sku_id: 1, price: 10.5 }), draft({ sku_id: 2, price: 106.3 })], 0.2);
    expect(first).toMatchObject({ autoApprove: false, reason: 'large_change' });
    expect(first.ratio).toBeCloseTo(9.63, 2);
    expect(second).toMatchObject({ autoApprove: true, reason: 'small_change' });
  });

  test('should follow the server rule for below-control, first prices and missing policies', () => {
    const shown = changePreview([
      draft({ sku_id: 1, price: 7 }),
      draft({ sku_id: 2, current_price: null, price: 9 }),
      draft({ sku_id: 3, control_price: null }),
    ], 0.2);
    expect(shown.map((p) => [p.change.sku_id, p.reason, p.ratio == null ? null : Number(p.ratio.toFixed(2))])).toEqual([
      [1, 'below_control', -0.3], [3, 'no_policy', 0], [2, 'first_price', null],
    ]);
  });

  test('should treat a change exactly at the threshold as needing approval, as the server does', () => {
    expect(changePreview([draft({ price: 12 })], 0.2)[0]).toMatchObject({ autoApprove: false, reason: 'large_change' });
  });
});
