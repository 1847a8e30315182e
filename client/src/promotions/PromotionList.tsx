import { AutocompleteInput, Datagrid, List, ReferenceInput, SearchInput, SelectInput, TextField } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { ChannelNamesField, ItemCountField, PeriodField } from './PromotionFields';
import { PromotionTypeField } from './PromotionTypeField';
import { stateChoices, stateColors, typeChoices } from './choices';
import { usePromotionExporter } from './usePromotionExporter';

const skuText = (sku: { code: string; name: string }) => `${sku.code} · ${sku.name}`;

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="state" source="state" choices={stateChoices} alwaysOn />,
  <SelectInput key="type" source="type" choices={typeChoices} alwaysOn />,
  <ReferenceInput key="channel_id" source="channel_id" reference="channels" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
    <AutocompleteInput optionText="name" sx={{ minWidth: 200 }} />
  </ReferenceInput>,
  <ReferenceInput key="sku_id" source="sku_id" reference="skus" sort={{ field: 'code', order: 'ASC' }}>
    <AutocompleteInput optionText={skuText} sx={{ minWidth: 260 }} />
  </ReferenceInput>,
];

/** Every promotion, latest start first; a click opens it with its actions. */
export const PromotionList = () => {
  const exporter = usePromotionExporter();
  return (
  <List perPage={25} filters={filters} sort={{ field: 'start_at', order: 'DESC' }} exporter={exporter}>
    <Datagrid rowClick="show" bulkActionButtons={false} sx={{ '& td': { verticalAlign: 'top' }, '& th': { whiteSpace: 'nowrap' }, '& td, & th': { px: 1 } }}>
      <TextField source="name" sx={{ fontWeight: 500, display: 'block', minWidth: 120 }} />
      <PromotionTypeField source="type" />
      <EnumField source="state" colors={stateColors} />
      <ChannelNamesField source="channel_ids" sortable={false} />
      <PeriodField source="start_at" label="resources.promotions.fields.period" />
      <ItemCountField source="items" sortable={false} textAlign="right" />
      <TextField source="created_by_name" sortable={false} emptyText="—" sx={{ display: 'block', minWidth: 90 }} />
    </Datagrid>
  </List>
  );
};
