import { Create, Edit } from 'react-admin';
import { SalesPlan } from '../../../shared/sales-schemas';
import { ValidatedForm } from '../common/ValidatedForm';
import { zodValidate } from '../forms/zodValidate';
import { PlanInputs } from './PlanInputs';

const validatePlan = zodValidate(SalesPlan);
const thisMonth = () => new Date().toISOString().slice(0, 7);

export const PlanCreate = () => (
  <Create redirect="list">
    <ValidatedForm validate={validatePlan} defaultValues={() => ({ month: thisMonth(), channel_id: null, user_id: null })}>
      <PlanInputs />
    </ValidatedForm>
  </Create>
);

export const PlanEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <ValidatedForm validate={validatePlan} warnWhenUnsavedChanges>
      <PlanInputs />
    </ValidatedForm>
  </Edit>
);
