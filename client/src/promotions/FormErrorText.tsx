import { FormHelperText } from '@mui/material';
import { ValidationError, type ValidationErrorMessage } from 'react-admin';
import { get, useFormState } from 'react-hook-form';

/** The error of a form path no single input owns (a row's SKU, the item list, a tier row), translated. */
export const FormErrorText = ({ name }: { name: string }) => {
  const { errors } = useFormState({ name });
  // Client validation keys errors by their dotted path; server errors arrive nested.
  const error = (errors as Record<string, unknown>)[name] ?? get(errors, name);
  const message = (error as { message?: ValidationErrorMessage } | undefined)?.message;
  if (!message) return null;
  return (
    <FormHelperText error data-testid={`error-${name}`} sx={{ mx: 0 }}>
      <ValidationError error={message} />
    </FormHelperText>
  );
};
