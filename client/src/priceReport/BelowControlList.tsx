import { Box, Typography } from '@mui/material';
import {
  Datagrid, downloadCSV, FunctionField, List, ReferenceInput, SearchInput, SelectInput, TextField, useTranslate, type Exporter,
} from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { usePriceFormat } from '../prices/format';
import { toCsv } from '../skus/csv';
import type { BelowControlRow } from './types';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="channel_id" source="channel_id" reference="channels" alwaysOn>
    <SelectInput optionText="name" label="rx.report.columns.channel" />
  </ReferenceInput>,
];

/** CSV (with BOM) in the user's language: translated headers, yuan amounts, percentages with %. */
function useExporter(): Exporter<BelowControlRow> {
  const translate = useTranslate();
  const c = (key: string) => translate(`rx.report.columns.${key}`);
  return (records) => downloadCSV(toCsv(
    [c('sku'), c('product'), c('channel'), c('price'), c('unit_price'), c('control_price'), c('gap'), c('gap_pct')],
    records.map((r) => [
      `${r.sku_code} ${r.sku_name}`, r.generic_name, r.channel_name, r.price.toFixed(2), r.unit_price.toFixed(4), r.control_price.toFixed(2),
      r.gap.toFixed(2), `${(r.gap_pct * 100).toFixed(1)}%`,
    ]),
  ), translate('rx.report.export_name.below_control'));
}

/** Every SKU and channel priced below control now, largest gap first; a row opens it in the matrix. */
export const BelowControlList = () => {
  const translate = useTranslate();
  const format = usePriceFormat();
  const navigate = useNavigate();
  const open = (r: BelowControlRow) => navigate(`/price-matrix?breaches=below_control&id=${r.sku_id}`);
  return (
    <List
      resource="pricing/below-control"
      disableSyncWithLocation
      storeKey="rx.report.belowControl"
      filters={filters}
      sort={{ field: 'gap_pct', order: 'ASC' }}
      perPage={50}
      exporter={useExporter()}
      empty={<Typography sx={{ p: 4 }} color="text.secondary">{translate('rx.report.empty_below_control')}</Typography>}
      title=" "
    >
      <Datagrid rowClick={(_id, _resource, record) => { open(record as BelowControlRow); return false; }} bulkActionButtons={false} data-testid="below-control-report">
        <FunctionField<BelowControlRow> source="sku_code" label="rx.report.columns.sku" render={(r) => (
          <Box>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>{r.sku_code}</Typography>
            <Typography variant="caption" color="text.secondary">{r.sku_name}</Typography>
          </Box>
        )} />
        <TextField source="generic_name" label="rx.report.columns.product" sortable={false} />
        <TextField source="channel_name" label="rx.report.columns.channel" sortable={false} />
        <FunctionField<BelowControlRow> source="price" label="rx.report.columns.price" textAlign="right" render={(r) => (
          <Box sx={{ whiteSpace: 'nowrap' }}>
            <Typography variant="body2" color="error.main" sx={{ fontWeight: 600 }}>{format.money(r.price)}</Typography>
            <Typography variant="caption" color="text.secondary">{format.unitMoney(r.unit_price)}</Typography>
          </Box>
        )} />
        <FunctionField<BelowControlRow> label="rx.report.columns.control_price" textAlign="right" render={(r) => format.money(r.control_price)} />
        <FunctionField<BelowControlRow> source="gap_pct" label="rx.report.columns.gap" textAlign="right" render={(r) => (
          <Box sx={{ whiteSpace: 'nowrap', color: 'error.main' }}>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>{format.percent(r.gap_pct)}</Typography>
            <Typography variant="caption">{format.money(r.gap)}</Typography>
          </Box>
        )} />
      </Datagrid>
    </List>
  );
};
