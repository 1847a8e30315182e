import { BooleanInput, PasswordInput, SelectInput, TextInput } from 'react-admin';
import { FormRow } from '../common/FormRow';
import { localeChoices, roleChoices } from './choices';

/** The user form body; on edit the password is optional (empty keeps the current one). */
export const UserInputs = ({ mode }: { mode: 'create' | 'edit' }) => (
  <>
    <FormRow>
      <TextInput source="email" type="email" isRequired autoComplete="off" />
      <TextInput source="name" isRequired />
    </FormRow>
    <FormRow>
      <SelectInput source="role" choices={roleChoices} isRequired />
      <SelectInput source="locale" choices={localeChoices} isRequired />
    </FormRow>
    <FormRow>
      <PasswordInput
        source="password"
        isRequired={mode === 'create'}
        autoComplete="new-password"
        helperText={`resources.users.helpers.password_${mode}`}
      />
      <BooleanInput source="active" helperText="resources.users.helpers.active" />
    </FormRow>
  </>
);
