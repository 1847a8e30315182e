import {
  ArrayInput, AutocompleteInput, NumberInput, ReferenceInput, SelectInput, SimpleFormIterator, TextInput,
} from 'react-admin';
import { FormRow } from '../common/FormRow';
import { InstantInput } from '../common/InstantInput';
import { MoneyInput } from '../common/NumberInputs';
import { customerTypeChoices, provinceChoices, statusChoices } from './choices';

const skuText = (sku: { code: string; name: string }) => `${sku.code} · ${sku.name}`;

/** The order form body, shared by create and edit: header, customer, and the lines. */
export const OrderInputs = () => (
  <>
    <FormRow>
      <ReferenceInput source="channel_id" reference="channels" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput optionText="name" isRequired sx={{ minWidth: 260 }} />
      </ReferenceInput>
      <TextInput source="order_no" isRequired />
      <InstantInput source="ordered_at" isRequired />
      <SelectInput source="status" choices={statusChoices} isRequired />
    </FormRow>
    <FormRow>
      <SelectInput source="customer_type" choices={customerTypeChoices} isRequired />
      <TextInput source="customer_name" helperText="resources.orders.helpers.customer_name" />
      <TextInput source="customer_ref" />
      <AutocompleteInput source="province" choices={provinceChoices} sx={{ minWidth: 180 }} />
      <TextInput source="city" />
    </FormRow>
    <ArrayInput source="lines">
      <SimpleFormIterator inline disableReordering>
        <ReferenceInput source="sku_id" reference="skus" sort={{ field: 'code', order: 'ASC' }}>
          <AutocompleteInput optionText={skuText} label="resources.orders.fields.sku_id" isRequired sx={{ minWidth: 320 }} />
        </ReferenceInput>
        <NumberInput source="qty" label="resources.orders.fields.qty" min={1} step={1} isRequired sx={{ width: 100 }} />
        <MoneyInput source="unit_price" label="resources.orders.fields.unit_price" isRequired sx={{ width: 140 }} />
        <MoneyInput source="amount" label="resources.orders.fields.amount" min={undefined} helperText="resources.orders.helpers.amount" sx={{ width: 200 }} />
      </SimpleFormIterator>
    </ArrayInput>
  </>
);
