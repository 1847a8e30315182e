import { describe, expect, test } from 'vitest';
import { labelPx, MAX_LABEL_PX } from './labelWidth';

describe('label width', () => {
  test('should count Chinese characters a full em and Latin ones about half', () => {
    expect(labelPx('秒杀', false)).toBe(12 + 24);
    expect(labelPx('ab', false)).toBe(Math.ceil(12 + 2 * 6.96));
    expect(labelPx('秒杀', true)).toBe(12 + 16 + 24);
  });

  test('should cap long names, which are cut with an ellipsis', () => {
    expect(labelPx('冬季感冒季 限时 85 折 解热镇痛 止咳 全线 OTC 药品', false)).toBe(MAX_LABEL_PX);
  });
});
