import {
  AutocompleteInput, Datagrid, List, ReferenceField, ReferenceInput, SearchInput, SelectInput, TextField,
} from 'react-admin';
import { CompanyDateField } from '../common/CompanyDateField';
import { DayInput } from '../common/DayInput';
import { EnumField } from '../common/EnumField';
import { MoneyField } from '../common/MoneyField';
import { customerTypeChoices, flowChoices, flowColors, provinceChoices, storedStatusChoices, statusColors } from './choices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="channel_id" source="channel_id" reference="channels" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
    <AutocompleteInput optionText="name" sx={{ minWidth: 200 }} />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={storedStatusChoices} alwaysOn />,
  <AutocompleteInput key="province" source="province" choices={provinceChoices} alwaysOn sx={{ minWidth: 160 }} />,
  <SelectInput key="customer_type" source="customer_type" choices={customerTypeChoices} />,
  <SelectInput key="flow" source="flow" choices={flowChoices} />,
  <DayInput key="ordered_at_gte" source="ordered_at_gte" />,
  <DayInput key="ordered_at_lte" source="ordered_at_lte" />,
  <ReferenceInput key="sku_id" source="sku_id" reference="skus" sort={{ field: 'code', order: 'ASC' }}>
    <AutocompleteInput optionText="code" sx={{ minWidth: 180 }} />
  </ReferenceInput>,
];

/** Orders from every channel, newest first; a click opens the order with its lines. */
export const OrderList = () => (
    <List perPage={25} filters={filters} sort={{ field: 'ordered_at', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <CompanyDateField source="ordered_at" showTime />
        <TextField source="order_no" />
        <ReferenceField source="channel_id" reference="channels" link={false} />
        <EnumField source="status" colors={statusColors} />
        <EnumField source="customer_type" />
        <TextField source="customer_name" emptyText="—" />
        <TextField source="province" emptyText="—" />
        <EnumField source="flow" colors={flowColors} />
        <MoneyField source="total" textAlign="right" />
      </Datagrid>
    </List>
);
