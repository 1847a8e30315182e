import { useMemo } from 'react';
import { Edit, useRecordContext } from 'react-admin';
import { isFinal } from './choices';
import { formValuesOf } from './formValues';
import { promotionTransform, PromotionForm } from './PromotionForm';
import { PromotionReadOnly } from './PromotionReadOnly';
import type { PromotionRecord } from './types';
import { useSaveError } from './useSaveError';

const EditBody = ({ saveError }: { saveError: string | null }) => {
  const record = useRecordContext<PromotionRecord>();
  const values = useMemo(() => (record ? formValuesOf(record) : undefined), [record]);
  if (!record || !values) return null;
  // Ended, rejected and cancelled promotions are history: shown, not edited (duplicate them instead).
  if (isFinal(record.state)) return <PromotionReadOnly />;
  return <PromotionForm saved={record} values={values} saveError={saveError} />;
};

export const PromotionEdit = () => {
  const { message, onError } = useSaveError();
  return (
    <Edit mutationMode="pessimistic" redirect="show" transform={promotionTransform} mutationOptions={{ onError }}>
      <EditBody saveError={message} />
    </Edit>
  );
};
