import CampaignIcon from '@mui/icons-material/CampaignOutlined';
import { lazy } from 'react';

/** `<Resource name="promotions" {...promotions} />`: list, forms per type and the show page with the workflow. */
export default {
  list: lazy(() => import('./PromotionList').then((m) => ({ default: m.PromotionList }))),
  create: lazy(() => import('./PromotionCreate').then((m) => ({ default: m.PromotionCreate }))),
  edit: lazy(() => import('./PromotionEdit').then((m) => ({ default: m.PromotionEdit }))),
  show: lazy(() => import('./PromotionShow').then((m) => ({ default: m.PromotionShow }))),
  icon: CampaignIcon,
  recordRepresentation: 'name',
};
