import GroupsIcon from '@mui/icons-material/GroupsOutlined';
import { lazy } from 'react';

export default {
  list: lazy(() => import('./PromotionGroupList').then((m) => ({ default: m.PromotionGroupList }))),
  icon: GroupsIcon,
  recordRepresentation: 'id',
};
