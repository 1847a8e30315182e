import {
  AutocompleteInput, Datagrid, List, ReferenceField, ReferenceInput, SearchInput, SelectInput, TextField, usePermissions,
} from 'react-admin';
import type { Role } from '../../../shared/enums';
import { canWrite } from '../../../shared/permissions';
import { SkuBulkActions } from './SkuBulkEdit';
import { EnumField } from '../common/EnumField';
import { MoneyField } from '../common/MoneyField';
import { useRowClick } from '../common/useRowClick';
import { scopeChoices, scopeColors, statusChoices, statusColors } from './choices';
import { useSkuExporter } from './useSkuExporter';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="channel_scope" source="channel_scope" choices={scopeChoices} alwaysOn />,
  <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
  <ReferenceInput key="product_id" source="product_id" reference="products" sort={{ field: 'generic_name', order: 'ASC' }} alwaysOn>
    <AutocompleteInput sx={{ minWidth: 200 }} />
  </ReferenceInput>,
];


export const SkuList = () => {
  const rowClick = useRowClick('skus');
  const exporter = useSkuExporter();
  const { permissions } = usePermissions<Role>();
  return (
    <List perPage={25} filters={filters} sort={{ field: 'code', order: 'ASC' }} exporter={exporter}>
      <Datagrid rowClick={rowClick} bulkActionButtons={canWrite(permissions, 'skus') ? <SkuBulkActions /> : false}>
        <TextField source="code" />
        <TextField source="name" />
        <ReferenceField source="product_id" reference="products" />
        <TextField source="pack_desc" />
        <TextField source="gtin" />
        <EnumField source="channel_scope" colors={scopeColors} />
        <MoneyField source="guide_price" />
        <EnumField source="status" colors={statusColors} />
      </Datagrid>
    </List>
  );
};
