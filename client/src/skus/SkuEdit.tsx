import { Edit } from 'react-admin';
import { ValidatedForm } from '../common/ValidatedForm';
import { Sku } from '../../../shared/schemas';
import { zodValidate } from '../forms/zodValidate';
import { SkuInputs } from './SkuInputs';

export const validateSku = zodValidate(Sku);

export const SkuEdit = () => (
  <Edit mutationMode="pessimistic">
    <ValidatedForm validate={validateSku} warnWhenUnsavedChanges>
      <SkuInputs />
    </ValidatedForm>
  </Edit>
);
