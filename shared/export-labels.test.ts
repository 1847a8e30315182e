import { describe, expect, test } from 'vitest';
import { CHANNEL_SCOPES, RX_CLASSES } from './enums';
import { exportLabel, exportLabelCatalogues } from './export-labels';

describe('export labels', () => {
  test('should have every label in both languages, every enum value included', () => {
    expect(Object.keys(exportLabelCatalogues.zh).sort()).toEqual(Object.keys(exportLabelCatalogues.en).sort());
    for (const v of RX_CLASSES) expect(Object.keys(exportLabelCatalogues.en)).toContain(`rx.${v}`);
    for (const v of CHANNEL_SCOPES) expect(Object.keys(exportLabelCatalogues.en)).toContain(`scope.${v}`);
  });

  test('should speak the reader\'s language and show an unknown value as itself', () => {
    expect(exportLabel('zh', 'rx.rx')).toBe('处方药');
    expect(exportLabel('en', 'rx.rx')).toBe('Prescription');
    expect(exportLabel('zh', 'rx.vaccine')).toBe('vaccine');
    expect(exportLabel('en', 'constructor')).toBe('constructor');
  });
});
