import { useState } from 'react';
import { Create } from 'react-admin';
import { useCompanyTimeZone } from '../common/useCompanyTimeZone';
import { newPromotionValues } from './formValues';
import { promotionTransform, PromotionForm } from './PromotionForm';
import { useSaveError } from './useSaveError';

/** A new promotion (saved as a draft); "Duplicate" arrives here with the copy as the location's record. */
export const PromotionCreate = () => {
  const timeZone = useCompanyTimeZone();
  const [now] = useState(() => Date.now());
  const { message, onError } = useSaveError();
  return (
    <Create redirect="show" transform={promotionTransform} mutationOptions={{ onError }}>
      <PromotionForm defaultValues={newPromotionValues(now, timeZone)} saveError={message} />
    </Create>
  );
};
