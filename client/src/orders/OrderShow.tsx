import { Alert, Stack } from '@mui/material';
import { ReferenceField, Show, TextField, useRecordContext, useTranslate } from 'react-admin';
import { CompanyDateField } from '../common/CompanyDateField';
import { EnumField } from '../common/EnumField';
import { FieldGrid } from '../common/FieldGrid';
import { MoneyField } from '../common/MoneyField';
import { flowColors, statusColors } from './choices';
import { OrderLines } from './OrderLines';

/** Whether this order counts in the reports, and as what. */
const CountingNote = () => {
  const order = useRecordContext<{ status: string; flow: string }>();
  const translate = useTranslate();
  if (!order) return null;
  if (order.status === 'cancelled' || order.status === 'refunded') return <Alert severity="info">{translate('rx.sales.counted_note')}</Alert>;
  if (order.flow === 'sell_out') return <Alert severity="info">{translate('rx.sales.sell_out_note')}</Alert>;
  return null;
};

export const OrderShow = () => (
  <Show>
    <Stack spacing={2} sx={{ p: 2 }}>
      <FieldGrid columns={4}>
        <TextField source="order_no" />
        <ReferenceField source="channel_id" reference="channels" link="show" />
        <CompanyDateField source="ordered_at" showTime />
        <EnumField source="status" colors={statusColors} />
        <EnumField source="customer_type" />
        <TextField source="customer_name" emptyText="—" />
        <TextField source="customer_ref" emptyText="—" />
        <TextField source="province" emptyText="—" />
        <TextField source="city" emptyText="—" />
        <EnumField source="flow" colors={flowColors} />
        <EnumField source="source" />
        <MoneyField source="total" />
      </FieldGrid>
      <CountingNote />
      <OrderLines />
    </Stack>
  </Show>
);
