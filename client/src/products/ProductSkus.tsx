import { Card, CardHeader, Divider, Typography } from '@mui/material';
import {
  CreateButton, Datagrid, Pagination, ReferenceManyField, TextField, useRecordContext, useTranslate,
} from 'react-admin';
import { EnumField } from '../common/EnumField';
import { MoneyField } from '../common/MoneyField';
import { useRowClick } from '../common/useRowClick';
import { scopeColors, statusColors } from '../skus/choices';
import type { ProductRecord } from '../types';

const NoSkus = () => (
  <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
    {useTranslate()('resources.products.empty_skus')}
  </Typography>
);

/** The product's SKUs, with a button that opens the SKU form prefilled with this product. */
export const ProductSkus = () => {
  const record = useRecordContext<ProductRecord>();
  const translate = useTranslate();
  const rowClick = useRowClick('skus');
  if (!record) return null;
  return (
    <Card sx={{ mt: 2 }} data-testid="product-skus">
      <CardHeader
        title={translate('resources.products.sections.skus')}
        titleTypographyProps={{ variant: 'h6' }}
        action={
          <CreateButton
            resource="skus"
            label="resources.products.actions.add_sku"
            state={{ record: { product_id: record.id } }}
          />
        }
      />
      <Divider />
      <ReferenceManyField
        reference="skus"
        target="product_id"
        sort={{ field: 'code', order: 'ASC' }}
        perPage={25}
        pagination={<Pagination />}
        empty={<NoSkus />}
      >
        <Datagrid rowClick={rowClick} bulkActionButtons={false}>
          <TextField source="code" />
          <TextField source="name" />
          <TextField source="pack_desc" />
          <TextField source="gtin" />
          <EnumField source="channel_scope" colors={scopeColors} />
          <MoneyField source="guide_price" />
          <EnumField source="status" colors={statusColors} />
        </Datagrid>
      </ReferenceManyField>
    </Card>
  );
};
