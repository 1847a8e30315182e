import { Show, SimpleShowLayout, TextField, NumberField, ReferenceField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { PolicyPanel } from '../policies/PolicyPanel';
import { MoneyField } from '../common/MoneyField';
import { scopeColors, statusColors } from './choices';

export const SkuShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="product_id" reference="products" />
      <TextField source="code" />
      <TextField source="name" />
      <TextField source="pack_desc" />
      <NumberField source="units_per_pack" />
      <TextField source="unit" />
      <TextField source="gtin" emptyText="—" />
      <EnumField source="channel_scope" colors={scopeColors} />
      <MoneyField source="guide_price" />
      <EnumField source="status" colors={statusColors} />
    </SimpleShowLayout>
    <PolicyPanel />
  </Show>
);
