import { Box, Chip, Typography } from '@mui/material';
import { BooleanInput, Datagrid, downloadCSV, FunctionField, List, useTranslate, type Exporter } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { usePriceFormat } from '../prices/format';
import { toCsv } from '../skus/csv';
import type { ParityRow } from './types';

const filters = [<BooleanInput key="breach" source="breach" label="rx.report.only_breaches" alwaysOn />];

function useExporter(): Exporter<ParityRow> {
  const translate = useTranslate();
  const c = (key: string) => translate(`rx.report.columns.${key}`);
  const pct = (v: number | null) => (v === null ? '' : `${(v * 100).toFixed(1)}%`);
  return (records) => downloadCSV(toCsv(
    [c('product'), c('online'), c('online_channel'), c('offline'), c('offline_channel'), c('gap_pct'), c('tolerance'), c('breach')],
    records.map((r) => [
      [r.brand_name, r.generic_name].filter(Boolean).join(' '), r.online_unit_price?.toFixed(4) ?? '', r.online_channel ?? '',
      r.offline_unit_price?.toFixed(4) ?? '', r.offline_channel ?? '', pct(r.gap_pct), pct(r.tolerance), r.breach ? '✔' : '',
    ]),
  ), translate('rx.report.export_name.parity'));
}

/** A side's lowest per-unit price with the channel and SKU that give it. */
const Side = ({ price, channel, sku }: { price: number | null; channel?: string | null; sku?: string | null }) => {
  const format = usePriceFormat();
  return (
    <Box sx={{ whiteSpace: 'nowrap' }}>
      <Typography variant="body2">{format.unitMoney(price) || '—'}</Typography>
      {channel && <Typography variant="caption" color="text.secondary">{channel} · {sku}</Typography>}
    </Box>
  );
};

/** Products whose lowest online per-unit price undercuts offline beyond the tolerance; a row opens them in the matrix. */
export const ParityList = () => {
  const translate = useTranslate();
  const format = usePriceFormat();
  const navigate = useNavigate();
  return (
    <List
      resource="pricing/parity"
      disableSyncWithLocation
      storeKey="rx.report.parity"
      filters={filters}
      filterDefaultValues={{ breach: true }}
      sort={{ field: 'gap_pct', order: 'DESC' }}
      perPage={50}
      exporter={useExporter()}
      empty={<Typography sx={{ p: 4 }} color="text.secondary">{translate('rx.report.empty_parity')}</Typography>}
      title=" "
    >
      <Datagrid
        rowClick={(_id, _resource, record) => { navigate(`/price-matrix?breaches=parity&product_id=${(record as ParityRow).product_id}`); return false; }}
        bulkActionButtons={false}
        data-testid="parity-report"
      >
        <FunctionField<ParityRow> label="rx.report.columns.product" render={(r) => (
          <Box>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>{r.generic_name}</Typography>
            {r.brand_name && <Typography variant="caption" color="text.secondary">{r.brand_name}</Typography>}
          </Box>
        )} />
        <FunctionField<ParityRow> source="online_unit_price" label="rx.report.columns.online" render={(r) => <Side price={r.online_unit_price} channel={r.online_channel} sku={r.online_sku} />} />
        <FunctionField<ParityRow> source="offline_unit_price" label="rx.report.columns.offline" render={(r) => <Side price={r.offline_unit_price} channel={r.offline_channel} sku={r.offline_sku} />} />
        <FunctionField<ParityRow> source="gap_pct" label="rx.report.columns.gap_pct" textAlign="right" render={(r) => (
          <Typography variant="body2" sx={{ fontWeight: 600, color: r.breach ? 'error.main' : 'text.primary' }}>{format.percent(r.gap_pct)}</Typography>
        )} />
        <FunctionField<ParityRow> label="rx.report.columns.tolerance" textAlign="right" render={(r) => format.percent(r.tolerance)} />
        <FunctionField<ParityRow> label="rx.report.columns.breach" render={(r) => (r.breach ? <Chip size="small" color="error" label={translate('rx.report.columns.breach')} /> : null)} />
      </Datagrid>
    </List>
  );
};
