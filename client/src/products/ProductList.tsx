import { Datagrid, List, SearchInput, SelectInput, TextField, TextInput } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { MoneyField } from '../common/MoneyField';
import { useRowClick } from '../common/useRowClick';
import { rxClassChoices, rxClassColors, storageChoices } from './choices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="rx_class" source="rx_class" choices={rxClassChoices} alwaysOn />,
  <SelectInput key="storage" source="storage" choices={storageChoices} alwaysOn />,
  <TextInput key="category" source="category" />,
];

export const ProductList = () => {
  const rowClick = useRowClick('products');
  return (
    <List perPage={25} filters={filters} sort={{ field: 'generic_name', order: 'ASC' }}>
      <Datagrid rowClick={rowClick}>
        <TextField source="generic_name" />
        <TextField source="brand_name" />
        <TextField source="dosage_form" />
        <TextField source="strength" />
        <TextField source="approval_number" />
        <EnumField source="rx_class" colors={rxClassColors} />
        <EnumField source="storage" />
        <MoneyField source="vbp_price" />
      </Datagrid>
    </List>
  );
};
