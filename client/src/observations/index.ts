import TravelExploreIcon from '@mui/icons-material/TravelExploreOutlined';
import { lazy } from 'react';
import type { ObservationRecord } from './types';

export default {
  list: lazy(() => import('./ObservationList').then((m) => ({ default: m.ObservationList }))),
  create: lazy(() => import('./ObservationCreate').then((m) => ({ default: m.ObservationCreate }))),
  show: lazy(() => import('./ObservationShow').then((m) => ({ default: m.ObservationShow }))),
  icon: TravelExploreIcon,
  recordRepresentation: (record: ObservationRecord) => record.store_name || `#${record.id}`,
};
