import StoreIcon from '@mui/icons-material/LocalMallOutlined';
import { lazy } from 'react';

export default {
  list: lazy(() => import('./SellerList').then((m) => ({ default: m.SellerList }))),
  create: lazy(() => import('./SellerCreate').then((m) => ({ default: m.SellerCreate }))),
  edit: lazy(() => import('./SellerEdit').then((m) => ({ default: m.SellerEdit }))),
  show: lazy(() => import('./SellerShow').then((m) => ({ default: m.SellerShow }))),
  icon: StoreIcon,
  recordRepresentation: 'name',
};
