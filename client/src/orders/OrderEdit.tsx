import { Edit } from 'react-admin';
import { OrderInput } from '../../../shared/sales-schemas';
import { ValidatedForm } from '../common/ValidatedForm';
import { zodValidate } from '../forms/zodValidate';
import { OrderInputs } from './OrderInputs';

export const validateOrder = zodValidate(OrderInput);

export const OrderEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <ValidatedForm validate={validateOrder} warnWhenUnsavedChanges>
      <OrderInputs />
    </ValidatedForm>
  </Edit>
);
