import { Create, type RaRecord } from 'react-admin';
import { ValidatedForm } from '../common/ValidatedForm';
import { useLocation } from 'react-router-dom';
import { SkuInputs } from './SkuInputs';
import { validateSku } from './SkuEdit';

/** Opened from a product page (with `product_id` in the location state), it returns there after saving. */
export const SkuCreate = () => {
  const fromProduct = (useLocation().state as { record?: { product_id?: number } } | null)?.record?.product_id;
  const redirect = fromProduct
    ? (_resource?: string, _id?: RaRecord['id'], data?: Partial<RaRecord>) => `products/${data?.product_id ?? fromProduct}`
    : 'list';
  return (
    <Create redirect={redirect}>
      <ValidatedForm
        validate={validateSku}
        defaultValues={{ channel_scope: 'all', status: 'active', units_per_pack: 1 }}
      >
        <SkuInputs />
      </ValidatedForm>
    </Create>
  );
};
