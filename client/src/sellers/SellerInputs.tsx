import { AutocompleteInput, CheckboxGroupInput, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { FormRow } from '../common/FormRow';
import { authorizedChoice, authorizedValue } from './authorized';
import { authorizedChoices, groundChoices } from './choices';

const formatAuthorized = (value: unknown) => authorizedChoice(value as boolean | null);

/** The seller form body, shared by create and edit; a seller stays on the channel it was found on. */
export const SellerInputs = ({ edit = false }: { edit?: boolean }) => (
  <>
    <FormRow>
      <TextInput source="name" isRequired />
      <ReferenceInput source="channel_id" reference="channels" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput optionText="name" isRequired readOnly={edit} />
      </ReferenceInput>
      <TextInput source="shop_id" />
    </FormRow>
    <FormRow>
      <SelectInput source="authorized" choices={authorizedChoices} format={formatAuthorized} parse={authorizedValue}
        isRequired helperText="resources.sellers.helpers.authorized" />
      <TextInput source="group_name" helperText="resources.sellers.helpers.group_name" />
    </FormRow>
    <CheckboxGroupInput source="grounds" choices={groundChoices} helperText="resources.sellers.helpers.grounds" />
    <TextInput source="url" type="url" fullWidth helperText="resources.sellers.helpers.url" />
    <TextInput source="notes" multiline minRows={3} fullWidth />
  </>
);
