import { SimpleForm, type SimpleFormProps } from 'react-admin';
import { FormToolbar } from './FormToolbar';

/**
 * SimpleForm as every RxChannel form uses it: a field is checked when it loses focus (so a wrong
 * GTIN shows before Save), then again on every change until it is right.
 */
export const ValidatedForm = (props: SimpleFormProps) => (
  <SimpleForm mode="onBlur" reValidateMode="onChange" toolbar={<FormToolbar />} {...props} />
);
