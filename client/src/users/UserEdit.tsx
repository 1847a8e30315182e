import { Edit, type RaRecord } from 'react-admin';
import { ValidatedForm } from '../common/ValidatedForm';
import { UserUpdate } from '../../../shared/schemas';
import { zodValidate } from '../forms/zodValidate';
import { UserInputs } from './UserInputs';

const validate = zodValidate(UserUpdate);

/** An empty password field means "keep the current password": don't send it. */
const dropEmptyPassword = ({ password, ...rest }: RaRecord) => (password ? { ...rest, password } : rest);

export const UserEdit = () => (
  <Edit mutationMode="pessimistic" transform={dropEmptyPassword}>
    <ValidatedForm validate={validate} warnWhenUnsavedChanges>
      <UserInputs mode="edit" />
    </ValidatedForm>
  </Edit>
);

export default UserEdit;
