import { BooleanInput, SelectInput, TextInput } from 'react-admin';
import { FormRow } from '../common/FormRow';
import { PercentInput } from '../common/NumberInputs';
import { AudienceInput } from './AudienceInput';
import { operatedByChoices, platformChoices, typeChoices } from './choices';

/** The channel form body, shared by create and edit. */
export const ChannelInputs = () => (
  <>
    <FormRow>
      <TextInput source="name" isRequired />
      <TextInput source="code" isRequired />
    </FormRow>
    <FormRow>
      <SelectInput source="type" choices={typeChoices} isRequired />
      <SelectInput source="platform" choices={platformChoices} isRequired />
      <AudienceInput />
    </FormRow>
    <FormRow>
      <TextInput source="region" />
      <PercentInput source="commission_rate" helperText="resources.channels.helpers.commission_rate" />
    </FormRow>
    <SelectInput source="operated_by" choices={operatedByChoices} emptyText="resources.channels.choices.operated_by_default"
      helperText="resources.channels.helpers.operated_by" sx={{ maxWidth: 640 }} />
    <BooleanInput source="active" />
  </>
);
