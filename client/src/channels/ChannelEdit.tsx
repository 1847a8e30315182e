import { Edit } from 'react-admin';
import { ValidatedForm } from '../common/ValidatedForm';
import { Channel } from '../../../shared/schemas';
import { zodValidate } from '../forms/zodValidate';
import { ChannelInputs } from './ChannelInputs';
import { ApiKeyPanel } from './ApiKeyPanel';

export const validateChannel = zodValidate(Channel);

export const ChannelEdit = () => (
  <Edit mutationMode="pessimistic">
    <ValidatedForm validate={validateChannel} warnWhenUnsavedChanges>
      <ChannelInputs />
      <ApiKeyPanel />
    </ValidatedForm>
  </Edit>
);
