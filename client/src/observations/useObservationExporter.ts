import { downloadCSV, useDataProvider, useTranslate, type Exporter } from 'react-admin';
import { toCsv } from '../skus/csv';
import { usePeriodFormat } from '../promotions/usePeriodFormat';

interface ObservationRow {
  id: number; observed_at: string; channel_id: number; sku_id: number; store_name: string | null; shop_id?: string | null;
  price: number; url: string | null; source: string; compliant: boolean; breaches: string[]; external_id: string | null;
}

/** CSV (UTF-8 with BOM, for Excel) of the filtered observations: names, not ids; times on the company's clock; labels in the reader's language. */
export function useObservationExporter(): Exporter<ObservationRow> {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const { instant } = usePeriodFormat();
  return async (records) => {
    const channelIds = [...new Set(records.map((o) => o.channel_id))];
    const skuIds = [...new Set(records.map((o) => o.sku_id))];
    const [channels, skus] = await Promise.all([
      channelIds.length ? dataProvider.getMany('channels', { ids: channelIds }) : { data: [] },
      skuIds.length ? dataProvider.getMany('skus', { ids: skuIds }) : { data: [] },
    ]);
    const channelName = new Map(channels.data.map((c) => [c.id as number, c.name as string]));
    const sku = new Map(skus.data.map((s) => [s.id as number, { code: s.code as string, name: s.name as string }]));
    const field = (f: string) => translate(`resources.price-observations.fields.${f}`);
    const header = [field('observed_at'), field('channel_id'), field('sku_id'), translate('resources.skus.fields.name'), field('store_name'), field('price'),
      field('compliant'), field('breaches'), field('source'), field('url'), field('external_id')];
    const rows = records.map((o) => [
      instant(o.observed_at), channelName.get(o.channel_id) ?? `#${o.channel_id}`, sku.get(o.sku_id)?.code ?? `#${o.sku_id}`, sku.get(o.sku_id)?.name ?? '',
      o.store_name ?? '', o.price, translate(`resources.price-observations.choices.compliant.${o.compliant}`),
      o.breaches.map((b) => translate(`resources.price-observations.choices.breaches.${b}`, { _: b })).join('; '),
      translate(`resources.price-observations.choices.source.${o.source}`, { _: o.source }), o.url ?? '', o.external_id ?? '',
    ]);
    downloadCSV(toCsv(header, rows), 'price-observations');
  };
}
