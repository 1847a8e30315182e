import { Card } from '@mui/material';
import { Show, TextField, useCanAccess } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { FieldGrid } from '../common/FieldGrid';
import { MoneyField, PercentField } from '../common/MoneyField';
import { rxClassColors } from './choices';
import { ProductSkus } from './ProductSkus';

export const ProductShow = () => {
  const { canAccess: canEdit } = useCanAccess({ resource: 'products', action: 'edit' });
  return (
    <Show component="div" actions={canEdit ? undefined : false}>
      <Card sx={{ p: 2 }}>
        <FieldGrid>
          <TextField source="generic_name" />
          <TextField source="brand_name" emptyText="—" />
          <TextField source="manufacturer" />
          <TextField source="dosage_form" />
          <TextField source="strength" />
          <TextField source="approval_number" emptyText="—" />
          <EnumField source="rx_class" colors={rxClassColors} />
          <EnumField source="storage" />
          <TextField source="category" emptyText="—" />
          <MoneyField source="vbp_price" emptyText="—" />
          <PercentField source="parity_tolerance" emptyText="—" />
        </FieldGrid>
      </Card>
      <ProductSkus />
    </Show>
  );
};
