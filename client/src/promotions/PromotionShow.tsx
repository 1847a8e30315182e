import { Show, useRecordContext } from 'react-admin';
import { PromotionActions } from './PromotionActions';
import { PromotionDetails } from './PromotionDetails';
import type { PromotionRecord } from './types';

const Title = () => {
  const record = useRecordContext<PromotionRecord>();
  return <span>{record?.name ?? ''}</span>;
};

export const PromotionShow = () => (
  <Show actions={<PromotionActions />} title={<Title />} sx={{ '& .RaShow-card': { p: 2 } }}>
    <PromotionDetails />
  </Show>
);
