import { Create } from 'react-admin';
import { ValidatedForm } from '../common/ValidatedForm';
import { UserCreate as UserCreateSchema } from '../../../shared/schemas';
import { zodValidate } from '../forms/zodValidate';
import { UserInputs } from './UserInputs';

const validate = zodValidate(UserCreateSchema);

export const UserCreate = () => (
  <Create redirect="list">
    <ValidatedForm
      validate={validate}
      defaultValues={{ role: 'sales', locale: 'zh', active: true }}
    >
      <UserInputs mode="create" />
    </ValidatedForm>
  </Create>
);

export default UserCreate;
