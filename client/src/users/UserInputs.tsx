import { Box } from '@mui/material';
import { BooleanInput, PasswordInput, SelectInput, TextInput } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { PasswordStrength } from '../account/PasswordStrength';
import { FormRow } from '../common/FormRow';
import { localeChoices, roleChoices } from './choices';

/** Strength of the password being typed (zxcvbn loads on first use, then the shared rules apply it too). */
const TypedPasswordStrength = () => {
  const [password, email] = useWatch({ name: ['password', 'email'] }) as [string | null, string | null];
  return <PasswordStrength password={password ?? ''} email={email ?? undefined} />;
};

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
      <Box>
        <PasswordInput
          source="password"
          isRequired={mode === 'create'}
          autoComplete="new-password"
          helperText={`resources.users.helpers.password_${mode}`}
          fullWidth
        />
        <TypedPasswordStrength />
      </Box>
      <BooleanInput source="active" helperText="resources.users.helpers.active" />
    </FormRow>
  </>
);
