import { useTranslate } from 'react-admin';
import { ChartCard } from './ChartCard';
import { drill } from './drill';
import { RankList } from './RankList';
import type { ComplianceSummary } from './types';

const HEIGHT = 320;

/** The 10 SKUs with the most open violations; each opens its violations. */
export const TopSkus = ({ summary }: { summary?: ComplianceSummary }) => {
  const translate = useTranslate();
  const items = (summary?.top_skus ?? []).slice(0, 10).map((s) => ({ key: s.sku_id, primary: `${s.code} · ${s.name}`, value: s.open, to: drill.sku(s.sku_id) }));
  return (
    <ChartCard title={translate('rx.compliance.top_skus.title')} loading={!summary} empty={summary && !items.length && translate('rx.compliance.top_skus.empty')} height={HEIGHT} testId="compliance-top-skus">
      <RankList items={items} testId="top-skus" />
    </ChartCard>
  );
};

/** The 10 stores with the most open violations, with their channel; each opens its violations. */
export const TopSellers = ({ summary }: { summary?: ComplianceSummary }) => {
  const translate = useTranslate();
  const items = (summary?.top_sellers ?? []).slice(0, 10).map((s) => ({ key: s.seller_id, primary: s.name, secondary: s.channel_name, value: s.open, to: drill.seller(s.seller_id) }));
  return (
    <ChartCard title={translate('rx.compliance.top_sellers.title')} loading={!summary} empty={summary && !items.length && translate('rx.compliance.top_sellers.empty')} height={HEIGHT} testId="compliance-top-sellers">
      <RankList items={items} color="#1565c0" testId="top-sellers" />
    </ChartCard>
  );
};
