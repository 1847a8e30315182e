import { Create } from 'react-admin';
import { ValidatedForm } from '../common/ValidatedForm';
import { OrderInputs } from './OrderInputs';
import { validateOrder } from './OrderEdit';

export const OrderCreate = () => (
  <Create redirect="show">
    <ValidatedForm
      validate={validateOrder}
      defaultValues={() => ({ status: 'paid', customer_type: 'pharmacy', ordered_at: new Date().toISOString(), lines: [{ qty: 1 }] })}
    >
      <OrderInputs />
    </ValidatedForm>
  </Create>
);
