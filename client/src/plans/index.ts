import FlagIcon from '@mui/icons-material/FlagOutlined';
import { lazy } from 'react';

export default {
  list: lazy(() => import('./PlanList').then((m) => ({ default: m.PlanList }))),
  create: lazy(() => import('./PlanCreate').then((m) => ({ default: m.PlanCreate }))),
  edit: lazy(() => import('./PlanCreate').then((m) => ({ default: m.PlanEdit }))),
  icon: FlagIcon,
  recordRepresentation: 'month',
};
