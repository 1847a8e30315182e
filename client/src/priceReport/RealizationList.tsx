import { Box, Typography } from '@mui/material';
import { BooleanInput, Datagrid, FunctionField, List, NumberField, ReferenceInput, SelectInput, TextField, useTranslate } from 'react-admin';
import { DayInput } from '../common/DayInput';
import { usePriceFormat } from '../prices/format';

interface RealizationRow {
  id: string; sku_id: number; sku_code: string; sku_name: string; channel_name: string; qty: number; amount: number;
  realized_unit_price: number; control_unit_price: number | null; gap_pct: number | null; below_control: boolean;
}

const filters = [
  <DayInput key="date_gte" source="date_gte" label="rx.report.realization.date_gte" alwaysOn />,
  <DayInput key="date_lte" source="date_lte" label="rx.report.realization.date_lte" alwaysOn />,
  <ReferenceInput key="channel_id" source="channel_id" reference="channels" alwaysOn>
    <SelectInput optionText="name" label="rx.report.columns.channel" />
  </ReferenceInput>,
  <BooleanInput key="below_control" source="below_control" label="rx.report.realization.below" alwaysOn />,
];

/** The company's own realised price per unit against the control price, worst first (sell-in only). */
export const RealizationList = () => {
  const translate = useTranslate();
  const format = usePriceFormat();
  const t = (key: string) => translate(`rx.report.realization.${key}`);
  return (
    <>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>{t('intro')}</Typography>
      <List
        resource="reports/price-realization"
        disableSyncWithLocation
        storeKey="rx.report.realization"
        filters={filters}
        sort={{ field: 'gap_pct', order: 'ASC' }}
        perPage={50}
        exporter={false}
        empty={<Typography sx={{ p: 4 }} color="text.secondary">{t('empty')}</Typography>}
        title=" "
      >
        <Datagrid bulkActionButtons={false} rowClick={false} data-testid="realization-report">
          <FunctionField<RealizationRow> source="sku_code" label="rx.report.columns.sku" render={(r) => (
            <Box>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>{r.sku_code}</Typography>
              <Typography variant="caption" color="text.secondary">{r.sku_name}</Typography>
            </Box>
          )} />
          <TextField source="channel_name" label="rx.report.columns.channel" sortable={false} />
          <NumberField source="qty" label={t('qty')} />
          <FunctionField<RealizationRow> source="realized_unit_price" label={t('realized')} textAlign="right"
            render={(r) => <Typography variant="body2" color={r.below_control ? 'error.main' : undefined} sx={{ fontWeight: r.below_control ? 600 : 400 }}>{format.unitMoney(r.realized_unit_price)}</Typography>} />
          <FunctionField<RealizationRow> label={t('control')} textAlign="right" render={(r) => (r.control_unit_price === null ? '—' : format.unitMoney(r.control_unit_price))} />
          <FunctionField<RealizationRow> source="gap_pct" label={t('gap')} textAlign="right"
            render={(r) => <Typography variant="body2" color={r.below_control ? 'error.main' : 'text.secondary'}>{r.gap_pct === null ? '—' : format.percent(r.gap_pct)}</Typography>} />
        </Datagrid>
      </List>
    </>
  );
};
