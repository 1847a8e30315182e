import { Create } from 'react-admin';
import { ValidatedForm } from '../common/ValidatedForm';
import { ChannelInputs } from './ChannelInputs';
import { validateChannel } from './ChannelEdit';

export const ChannelCreate = () => (
  <Create redirect="list">
    <ValidatedForm
      validate={validateChannel}
      defaultValues={{ type: 'online', platform: 'other', audience: 'b2c', commission_rate: 0, active: true }}
    >
      <ChannelInputs />
    </ValidatedForm>
  </Create>
);
