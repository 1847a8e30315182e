import { Edit, SaveButton, Toolbar } from 'react-admin';
import { SellerInput } from '../../../shared/compliance-schemas';
import { ValidatedForm } from '../common/ValidatedForm';
import { zodValidate } from '../forms/zodValidate';
import { LegalNote } from './LegalNote';
import { SellerInputs } from './SellerInputs';

export const validateSeller = zodValidate(SellerInput);

/** Sellers are never deleted: their history backs the cases and complaints. */
const SaveOnly = () => <Toolbar><SaveButton /></Toolbar>;

export const SellerEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <ValidatedForm validate={validateSeller} warnWhenUnsavedChanges toolbar={<SaveOnly />} sx={{ maxWidth: 960 }}>
      <LegalNote />
      <SellerInputs edit />
    </ValidatedForm>
  </Edit>
);
