import { Card } from '@mui/material';
import { Edit } from 'react-admin';
import { ValidatedForm } from '../common/ValidatedForm';
import { ProductInputs } from './ProductInputs';
import { ProductSkus } from './ProductSkus';
import { validateProduct } from './validateProduct';

export const ProductEdit = () => (
  <Edit mutationMode="pessimistic" component="div">
    <Card>
      <ValidatedForm validate={validateProduct} warnWhenUnsavedChanges>
        <ProductInputs />
      </ValidatedForm>
    </Card>
    <ProductSkus />
  </Edit>
);
