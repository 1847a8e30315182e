import { Create } from 'react-admin';
import { ValidatedForm } from '../common/ValidatedForm';
import { ProductInputs } from './ProductInputs';
import { validateProduct } from './validateProduct';

export const ProductCreate = () => (
  <Create redirect="edit">
    <ValidatedForm
      validate={validateProduct}
      defaultValues={{ storage: 'ambient', rx_class: 'rx' }}
    >
      <ProductInputs />
    </ValidatedForm>
  </Create>
);
