import { Create } from 'react-admin';
import { ValidatedForm } from '../common/ValidatedForm';
import { SellerInputs } from './SellerInputs';
import { validateSeller } from './SellerEdit';

/** A store known before it is observed (an authorised distributor's shop, say). */
export const SellerCreate = () => (
  <Create redirect="show">
    <ValidatedForm validate={validateSeller} defaultValues={{ authorized: null }} sx={{ maxWidth: 960 }}>
      <SellerInputs />
    </ValidatedForm>
  </Create>
);
