import { isValidDrugApprovalNumber } from '../../../shared/identifiers';
import { Product } from '../../../shared/schemas';
import { msg } from '../../../shared/validation-messages';
import { zodValidate } from '../forms/zodValidate';

const validateFields = zodValidate(Product);

/**
 * The shared Product schema, plus its approval-number rule checked up front: zod runs that
 * refinement only once every other field is valid, which would hide the error until then.
 */
export function validateProduct(values: Record<string, unknown>) {
  const errors = validateFields(values);
  if (!errors.approval_number && values.rx_class !== 'non_drug') {
    const number = typeof values.approval_number === 'string' ? values.approval_number.trim() : '';
    if (!number) errors.approval_number = msg('approval_number_required');
    else if (!isValidDrugApprovalNumber(number)) errors.approval_number = msg('approval_number');
  }
  return errors;
}
