import { downloadCSV, useDataProvider, useTranslate, type Exporter } from 'react-admin';
import { toCsv } from '../skus/csv';
import { EXPORT_ITEM_FIELDS, promotionExportRows } from './exportRows';
import type { PromotionRecord } from './types';
import { usePeriodFormat } from './usePeriodFormat';

/** CSV (UTF-8 with BOM, for Excel) of the filtered promotions, a row per SKU, headers and labels in the reader's language. */
export function usePromotionExporter(): Exporter<PromotionRecord> {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const format = usePeriodFormat();
  return async (records) => {
    const channelIds = [...new Set(records.flatMap((p) => p.channel_ids))];
    const skuIds = [...new Set(records.flatMap((p) => p.items.map((i) => i.sku_id)))];
    const [channels, skus] = await Promise.all([
      channelIds.length ? dataProvider.getMany('channels', { ids: channelIds }) : { data: [] },
      skuIds.length ? dataProvider.getMany('skus', { ids: skuIds }) : { data: [] },
    ]);
    const channelById = new Map(channels.data.map((c) => [c.id as number, c.name as string]));
    const skuById = new Map(skus.data.map((s) => [s.id as number, { code: s.code as string, name: s.name as string }]));
    const header = [
      ...['name', 'type', 'state', 'channel_ids', 'start_at', 'end_at', 'budget'].map((f) => translate(`resources.promotions.fields.${f}`)),
      translate('resources.promotions.item.sku_id'), translate('resources.skus.fields.name'),
      ...EXPORT_ITEM_FIELDS.map((f) => translate(`resources.promotions.item.${f}`)),
    ];
    const rows = promotionExportRows(records, {
      channelName: (id) => channelById.get(id) ?? `#${id}`,
      sku: (id) => skuById.get(id),
      instant: format.instant,
      choice: (field, value) => translate(`resources.promotions.choices.${field}.${value}`, { _: value }),
    });
    downloadCSV(toCsv(header, rows), 'promotions');
  };
}
