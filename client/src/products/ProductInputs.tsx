import { SelectInput, TextInput } from 'react-admin';
import { FormRow } from '../common/FormRow';
import { MoneyInput, PercentInput } from '../common/NumberInputs';
import { SectionTitle } from '../common/SectionTitle';
import { rxClassChoices, storageChoices } from './choices';

/** The product form body, shared by create and edit. */
export const ProductInputs = () => (
  <>
    <SectionTitle label="resources.products.sections.identity" />
    <FormRow>
      <TextInput source="generic_name" isRequired />
      <TextInput source="brand_name" />
    </FormRow>
    <FormRow>
      <TextInput source="dosage_form" isRequired />
      <TextInput source="strength" isRequired />
    </FormRow>
    <FormRow>
      <TextInput source="manufacturer" isRequired />
      <TextInput source="approval_number" helperText="resources.products.helpers.approval_number" />
    </FormRow>
    <SectionTitle label="resources.products.sections.classification" />
    <FormRow>
      <SelectInput source="rx_class" choices={rxClassChoices} isRequired />
      <SelectInput source="storage" choices={storageChoices} isRequired />
      <TextInput source="category" />
    </FormRow>
    <FormRow>
      <MoneyInput source="vbp_price" helperText="resources.products.helpers.vbp_price" />
      <PercentInput source="parity_tolerance" helperText="resources.products.helpers.parity_tolerance" />
    </FormRow>
  </>
);
