import { AutocompleteInput, NumberInput, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { FormRow } from '../common/FormRow';
import { MoneyInput } from '../common/NumberInputs';
import { scopeChoices, statusChoices } from './choices';

/** The SKU form body, shared by create and edit. */
export const SkuInputs = () => (
  <>
    <ReferenceInput source="product_id" reference="products" sort={{ field: 'generic_name', order: 'ASC' }}>
      <AutocompleteInput isRequired fullWidth />
    </ReferenceInput>
    <FormRow>
      <TextInput source="code" isRequired />
      <TextInput source="name" isRequired />
    </FormRow>
    <FormRow>
      <TextInput source="pack_desc" isRequired helperText="resources.skus.helpers.pack_desc" />
      <NumberInput source="units_per_pack" isRequired step={1} min={1} />
      <TextInput source="unit" isRequired helperText="resources.skus.helpers.unit" />
    </FormRow>
    <FormRow>
      <TextInput source="gtin" helperText="resources.skus.helpers.gtin" />
      <SelectInput source="channel_scope" choices={scopeChoices} isRequired />
    </FormRow>
    <FormRow>
      <MoneyInput source="guide_price" isRequired />
      <SelectInput source="status" choices={statusChoices} isRequired />
    </FormRow>
  </>
);
